package org.anjuan.ui;

import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.anjuan.domain.PageKind;
import org.anjuan.i18n.Messages;

/**
 * One page in the page strip: its thumbnail (drawn in the background the first time the cell shows it, a
 * placeholder until then), badges for a blank or non-A4 page and for the clerk's mark, the page number, and a
 * context menu to mark the page 空白页 / 非空白 / 背面有字 or clear the mark.
 */
final class PageCell extends ListCell<PageItem> {

    /** Thumbnail width in pixels; the frame keeps an A4 page's proportions. */
    static final int WIDTH = 90;
    private static final double HEIGHT = Math.round(WIDTH * 297.0 / 210.0);
    private static final PseudoClass UNNUMBERED = PseudoClass.getPseudoClass("unnumbered");

    private final MaterialsViewModel viewModel;
    private final ThumbnailCache cache;
    private final Messages messages;
    private final PageText text;
    private final ImageView picture = new ImageView();
    private final Label waiting = new Label();
    private final VBox badges = new VBox(2);
    private final Label caption = new Label();
    private final VBox box;
    private final MenuItem markBlank;
    private final MenuItem markContent;
    private final MenuItem markVerso;
    private final MenuItem clearMark;
    private final ContextMenu menu;
    private volatile String shown;

    PageCell(MaterialsViewModel viewModel, ThumbnailCache cache, Messages messages) {
        this.viewModel = viewModel;
        this.cache = cache;
        this.messages = messages;
        this.text = viewModel.text();
        getStyleClass().add("page-cell");
        picture.setFitWidth(WIDTH);
        picture.setFitHeight(HEIGHT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.getStyleClass().add("page-thumbnail");
        waiting.getStyleClass().add("page-waiting");
        badges.setPickOnBounds(false);
        badges.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(badges, Pos.TOP_LEFT);
        StackPane frame = new StackPane(waiting, picture, badges);
        frame.getStyleClass().add("page-frame");
        frame.setMinSize(WIDTH + 6, HEIGHT + 6);
        frame.setMaxSize(WIDTH + 6, HEIGHT + 6);
        caption.getStyleClass().add("page-caption");
        box = new VBox(3, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        markBlank = item("pageMarkBlank", "pages.menu.blank", PageKind.BLANK);
        markContent = item("pageMarkContent", "pages.menu.content", PageKind.CONTENT);
        markVerso = item("pageMarkVerso", "pages.menu.verso", PageKind.VERSO);
        clearMark = item("pageMarkClear", "pages.menu.clear", null);
        menu = new ContextMenu(markBlank, markContent, markVerso, new SeparatorMenuItem(), clearMark);
        menu.setId("pageMenu");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private MenuItem item(String id, String key, PageKind kind) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId(id);
        item.setOnAction(e -> {
            PageItem page = getItem();
            if (page != null) {
                viewModel.mark(page, kind);
            }
        });
        return item;
    }

    @Override
    protected void updateItem(PageItem page, boolean empty) {
        super.updateItem(page, empty);
        if (empty || page == null) {
            shown = null;
            setGraphic(null);
            setTooltip(null);
            setContextMenu(null);
            pseudoClassStateChanged(UNNUMBERED, false);
            return;
        }
        caption.setText(text.caption(page));
        badges.getChildren().setAll(text.badges(page).stream().map(PageCell::badge).toList());
        pseudoClassStateChanged(UNNUMBERED, !page.numbered());
        setTooltip(new Tooltip(text.tip(page)));
        boolean locked = viewModel.lockedProperty().get();
        markBlank.setDisable(locked || page.kind() == PageKind.BLANK);
        markContent.setDisable(locked || page.kind() == PageKind.CONTENT);
        markVerso.setDisable(locked || page.kind() == PageKind.VERSO);
        clearMark.setDisable(locked || page.mark() == null);
        setContextMenu(menu);
        setGraphic(box);
        String key = page.key();
        if (!key.equals(shown) || picture.getImage() == null) {
            shown = key;
            load(page, key);
        }
    }

    private void load(PageItem page, String key) {
        Image cached = cache.get(key);
        if (cached != null) {
            show(cached);
            return;
        }
        picture.setImage(null);
        waiting.setText(messages.text("pages.loading"));
        waiting.setVisible(true);
        viewModel.thumbnail(page, WIDTH, () -> key.equals(shown), image -> {
            if (image == null) {
                if (key.equals(shown)) {
                    waiting.setText(messages.text("pages.failed"));
                }
                return;
            }
            Image fx = SwingFXUtils.toFXImage(image, null);
            cache.put(key, fx);
            if (key.equals(shown)) {
                show(fx);
            }
        });
    }

    private void show(Image image) {
        picture.setImage(image);
        waiting.setVisible(false);
    }

    private static Label badge(PageBadge b) {
        Label label = new Label(b.text());
        label.getStyleClass().addAll("page-badge", b.styleClass());
        label.setTooltip(new Tooltip(b.tip()));
        return label;
    }
}
