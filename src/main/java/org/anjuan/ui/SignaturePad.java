package org.anjuan.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.anjuan.i18n.Messages;

/**
 * A pad to sign on with a pen, a finger or the mouse. Pens and touch screens reach JavaFX as mouse events (touch
 * ones marked as synthesized), so one set of handlers serves all three. The strokes are kept as
 * {@link SignatureStrokes}, drawn smoothly here and exported by {@link #png} at print resolution. Until there is
 * enough ink the pad says so ({@link #signedProperty()} is false) and refuses to export.
 */
public final class SignaturePad extends Region {

    private static final Color PAPER = Color.WHITE;
    private static final Color LINE = Color.web("#9aa6b2");
    private static final Color INK = Color.web("#141e3c");

    private final SignatureStrokes ink = new SignatureStrokes();
    private final Canvas canvas = new Canvas();
    private final Label hint;
    private final Button clear;
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(this, "signed");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    public SignaturePad(Messages messages) {
        setId("signaturePad");
        getStyleClass().add("signature-pad");
        hint = new Label(messages.text("ledger.ui.pad.hint"));
        hint.setId("signatureHint");
        hint.getStyleClass().add("signature-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(empty.getReadOnlyProperty());
        clear = new Button(messages.text("ledger.ui.pad.clear"));
        clear.setId("signatureClear");
        clear.setFocusTraversable(false);
        clear.disableProperty().bind(empty.getReadOnlyProperty());
        clear.setOnAction(e -> clear());
        getChildren().addAll(canvas, hint, clear);
        setMinSize(240, 120);
        setPrefSize(720, 260);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.setCursor(javafx.scene.Cursor.CROSSHAIR);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            ink.begin(e.getX(), e.getY(), System.currentTimeMillis());
            changed();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            ink.extend(clamp(e.getX(), canvas.getWidth()), clamp(e.getY(), canvas.getHeight()),
                    System.currentTimeMillis());
            changed();
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            ink.end();
            changed();
            e.consume();
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Strokes given in the pad's own units, for callers that replay a signature (and for tests). */
    public void stroke(double[][] points) {
        long t = System.currentTimeMillis();
        for (int i = 0; i < points.length; i++) {
            if (i == 0) {
                ink.begin(points[i][0], points[i][1], t);
            } else {
                ink.extend(points[i][0], points[i][1], t + 16L * i);
            }
        }
        ink.end();
        changed();
    }

    /** 清除 / 重签: the pad is blank again. */
    public void clear() {
        ink.clear();
        changed();
    }

    /** The signature as PNG; refused (in Chinese) while the pad holds no signature. */
    public byte[] png(SignatureImage.Ground ground) {
        return SignatureImage.png(ink, ground);
    }

    /** True once there is enough ink to count as a signature. */
    public ReadOnlyBooleanProperty signedProperty() {
        return signed.getReadOnlyProperty();
    }

    public boolean isSigned() {
        return signed.get();
    }

    /** Whether the pad's own 清除 button shows; a screen with its own 重签 button hides it. */
    public void setClearButtonVisible(boolean visible) {
        if (!visible) {
            getChildren().remove(clear);
        } else if (!getChildren().contains(clear)) {
            getChildren().add(clear);
        }
    }

    private void changed() {
        empty.set(ink.isEmpty());
        signed.set(ink.isSigned());
        draw();
    }

    @Override
    protected void layoutChildren() {
        javafx.geometry.Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        canvas.relocate(in.getLeft(), in.getTop());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
        hint.autosize();
        hint.relocate(in.getLeft() + (w - hint.getWidth()) / 2, in.getTop() + h * 0.72 - hint.getHeight() - 8);
        clear.autosize();
        clear.relocate(in.getLeft() + w - clear.getWidth() - 8, in.getTop() + 8);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(PAPER);
        g.fillRect(0, 0, w, h);
        // the line to sign on, at about three quarters of the height
        g.setStroke(LINE);
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(24, Math.round(h * 0.72) + 0.5, w - 24, Math.round(h * 0.72) + 0.5);
        g.setLineDashes((double[]) null);
        g.setStroke(INK);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (SignatureStrokes.Segment s : ink.segments()) {
            g.setLineWidth(s.width());
            g.beginPath();
            g.moveTo(s.x0(), s.y0());
            g.quadraticCurveTo(s.cx(), s.cy(), s.x1(), s.y1());
            g.stroke();
        }
    }
}
