package org.anjuan.app;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anjuan.domain.ChineseDate;
import org.anjuan.i18n.Messages;

/** A backup and a restore in the clerk's words, the same on the command line and in the window. */
public final class BackupText {

    private final Messages messages;

    public BackupText(Messages messages) {
        this.messages = messages;
    }

    /** When the backup was made, in this computer's time: 2026年11月20日 09:30. */
    public String created(BackupInfo info) {
        return ChineseDate.time(info.manifest().created().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
    }

    /** 案件 12 件、材料 80 份、案卷 10 卷、档案盒 3 个、审计记录 300 条. */
    public String contents(BackupInfo info) {
        return messages.text("backup.text.contents", info.cases(), info.materials(), info.volumes(), info.boxes(),
                info.auditLines());
    }

    /** 程序版本 0.1.0，数据库结构第 10 版. */
    public String versions(BackupInfo info) {
        return messages.text("backup.text.versions", info.manifest().appVersion(), info.manifest().schemaVersion());
    }

    /** What kind of backup a file is, by its name: 每日自动, 恢复前 or 手动. */
    public String kind(BackupService service, BackupInfo info) {
        if (service.isDaily(info)) {
            return messages.text("backup.kind.daily");
        }
        return info.file().getFileName().toString().contains("-before-restore-")
                ? messages.text("backup.kind.beforeRestore") : messages.text("backup.kind.manual");
    }

    /** 1.2 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The confirmation's facts: which backup, from when, holding what, replacing which database. */
    public String beforeRestore(BackupInfo info, String database) {
        return messages.text("backup.restore.describe", info.file(), created(info), versions(info), contents(info),
                database);
    }

    /** What a restore did, line by line. */
    public List<String> restored(RestoreResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("backup.restore.done", r.restored().file(), created(r.restored())));
        if (r.migrated()) {
            lines.add(messages.text("backup.restore.migrated", r.schemaBefore(), r.schemaAfter()));
        }
        if (r.before() != null) {
            lines.add(messages.text("backup.restore.before", r.before()));
        }
        if (r.safetyCopy() != null) {
            lines.add(messages.text("backup.restore.safety", r.safetyCopy()));
        }
        lines.add(r.audit().intact() ? messages.text("backup.restore.auditIntact", r.audit().entries())
                : messages.text("backup.restore.auditBroken"));
        return lines;
    }
}
