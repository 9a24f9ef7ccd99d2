package org.anjuan.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxCode;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.BoxLocation;
import org.anjuan.domain.BoxPlan;
import org.anjuan.domain.BoxPlanner;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.BoxRun;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.CategoryWords;
import org.anjuan.domain.PlannedBox;
import org.anjuan.store.BoxRepository;
import org.anjuan.store.Database;
import org.anjuan.store.SettingsStore;

/**
 * Boxing (装盒, 第八条): the clerk picks a run of bound volumes, or applies the boxing plan made from their
 * thickness; the register keeps the boxes and where they stand, and their label data is read for printing. A box is checked and saved in one transaction that holds the year and word's turn,
 * so what was checked is what is saved even when two clerks box at once.
 */
public final class BoxService {

    private final Database db;
    private final BoxRepository boxes;
    private final SettingsStore settings;
    private final String clerk;

    BoxService(Database db, BoxRepository boxes, SettingsStore settings, String clerk) {
        this.db = db;
        this.boxes = boxes;
        this.settings = settings;
        this.clerk = clerk;
    }

    /** Every bound volume in archive-number order, with the box each is in. */
    public List<BoxableVolume> boxableVolumes() {
        return boxes.boundVolumes(null, null);
    }

    /**
     * The bound volumes of a year (or every year, if null) and of a category (行政处罚一般程序), a box's
     * 案卷类别 (行政处罚) or a word (罚); null for all categories.
     */
    public List<BoxableVolume> boxableVolumes(Integer year, String categoryOrWord) {
        return boxes.boundVolumes(year, categoryOrWord == null ? null : word(categoryOrWord));
    }

    /**
     * Boxes the volumes with these archive numbers, given in any order. Refused, with the volumes named, when
     * they are not one gapless run of one year, word and retention period, or one is boxed already.
     */
    public ArchiveBox createBox(List<String> archiveNumbers, int spineMm) {
        ArchiveBox.checkSpine(spineMm);
        if (archiveNumbers.isEmpty()) {
            throw new AnjuanException("box.run.empty");
        }
        return db.inTransaction(() -> {
            List<BoxableVolume> picked = archiveNumbers.stream().map(this::volume).toList();
            BoxRun.requireOneYearAndWord(picked);
            List<BoxableVolume> bound = lockedBound(picked.get(0));
            Map<Long, BoxableVolume> current = bound.stream()
                    .collect(Collectors.toMap(BoxableVolume::volumeId, Function.identity()));
            List<BoxableVolume> chosen = picked.stream().map(v -> current.getOrDefault(v.volumeId(), v)).toList();
            return boxes.save(BoxRun.of(chosen, bound), spineMm, clerk);
        });
    }

    /** Boxes every bound volume of one year and word numbered from {@code first} to {@code last}. */
    public ArchiveBox createBox(String first, String last, int spineMm) {
        ArchiveBox.checkSpine(spineMm);
        return db.inTransaction(() -> {
            BoxableVolume from = volume(first);
            BoxableVolume to = volume(last);
            BoxRun.requireOneYearAndWord(List.of(from, to));
            List<BoxableVolume> bound = lockedBound(from);
            int low = Math.min(from.seq(), to.seq());
            int high = Math.max(from.seq(), to.seq());
            List<BoxableVolume> chosen = bound.stream().filter(v -> v.seq() >= low && v.seq() <= high).toList();
            return boxes.save(BoxRun.of(chosen, bound), spineMm, clerk);
        });
    }

    /**
     * The boxing plan (装盒方案) for the bound volumes not yet boxed, of a year and a category (null: all),
     * reckoned with the office's thickness settings; nothing is saved.
     */
    public BoxPlan plan(Integer year, String categoryOrWord) {
        BoxFilling filling = settings.boxFilling();
        return new BoxPlan(filling, new BoxPlanner(filling).plan(boxableVolumes(year, categoryOrWord),
                boxes::nextNumber));
    }

    /**
     * Saves every box of the plan with the number and spine width the clerk saw, in one transaction: if
     * another clerk boxed one of its volumes or took one of its numbers meanwhile, nothing is saved.
     */
    public List<ArchiveBox> applyPlan(BoxPlan plan) {
        if (plan.isEmpty()) {
            throw new AnjuanException("box.plan.empty");
        }
        return db.inTransaction(() -> {
            List<ArchiveBox> saved = new ArrayList<>();
            for (PlannedBox planned : plan.boxes()) {
                List<BoxableVolume> bound = lockedBound(planned.first());
                Map<Long, BoxableVolume> current = bound.stream()
                        .collect(Collectors.toMap(BoxableVolume::volumeId, Function.identity()));
                List<BoxableVolume> chosen = planned.volumes().stream().map(v -> {
                    BoxableVolume now = current.get(v.volumeId());
                    if (now == null) {
                        throw new AnjuanException("box.volume.notFound", v.archiveNumber());
                    }
                    return now;
                }).toList();
                saved.add(boxes.savePlanned(BoxRun.of(chosen, bound), planned, clerk));
            }
            return saved;
        });
    }

    /** Records where a box (by id or code) stands: 库房, 柜/架, 层/格. */
    public ArchiveBox locate(String idOrCode, String room, String cabinet, String shelf) {
        BoxLocation where = new BoxLocation(room, cabinet, shelf);
        return boxes.locate(box(idOrCode).id(), where, clerk);
    }

    /** Every box, by year, word and number. */
    public List<ArchiveBox> boxes() {
        return boxes.all();
    }

    public ArchiveBox box(long id) {
        return boxes.find(id).orElseThrow(() -> new AnjuanException("box.notFound", Long.toString(id)));
    }

    /** A box by its register id (12) or by the code on its label (2023-罚-001). */
    public ArchiveBox box(String idOrCode) {
        String text = BoxLabel.codeOf(idOrCode); // also what a scanner reads from a label's QR code
        if (text.matches("\\d{1,18}")) {
            return box(Long.parseLong(text));
        }
        return boxes.find(BoxCode.parse(text)).orElseThrow(() -> new AnjuanException("box.notFound", text));
    }

    /** What the box's cover and spine labels show, with the office's 全宗名称. */
    public BoxLabel label(long id) {
        return BoxLabel.of(box(id), settings.load().fonds());
    }

    private BoxableVolume volume(String archiveNumber) {
        return boxes.findVolume(archiveNumber)
                .orElseThrow(() -> new AnjuanException("box.volume.notFound", archiveNumber.strip()));
    }

    /** The year and word's bound volumes, read after taking its turn, so boxes saved meanwhile are seen. */
    private List<BoxableVolume> lockedBound(BoxableVolume any) {
        boxes.lockYearAndWord(any.year(), any.word());
        return boxes.boundVolumes(any.year(), any.word());
    }

    private String word(String categoryOrWord) {
        CategoryWords words = settings.load().words();
        return words.resolve(categoryOrWord).orElseGet(() -> Arrays.stream(Category.values())
                .filter(c -> c.boxLabel().equals(categoryOrWord.strip())).map(words::wordFor).findFirst()
                .orElseThrow(() -> new AnjuanException("number.category.unknown", categoryOrWord,
                        Category.allLabels())));
    }
}
