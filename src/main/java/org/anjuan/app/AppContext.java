package org.anjuan.app;

import java.time.Clock;
import org.anjuan.i18n.Messages;
import org.anjuan.store.AuditLog;
import org.anjuan.store.AvRecordRepository;
import org.anjuan.store.BoxRepository;
import org.anjuan.report.FormReports;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.Database;
import org.anjuan.store.HandoverRepository;
import org.anjuan.store.LedgerRepository;
import org.anjuan.store.NumberRegister;
import org.anjuan.store.SettingsStore;
import org.anjuan.store.SupplementRepository;
import org.anjuan.store.TemplateRepository;
import org.anjuan.store.VolumeFormRepository;
import org.anjuan.store.VolumeRepository;

/**
 * The composition root: builds the services the window and the CLI use, by hand, from the installation
 * settings. One per process; closing it closes the database.
 */
public final class AppContext implements AutoCloseable {

    private final InstallationSettings settings;
    private final Messages messages;
    private final Database database;
    private final CaseService cases;
    private final NumberService numbers;
    private final RetentionService retention;
    private final SettingsService settingsService;
    private final BindService bind;
    private final BoxService boxes;
    private final PrintCentre printCentre;
    private final HandoverService handovers;
    private final DeadlineService deadlines;
    private final ScanTools tools = new ScanTools();
    private final AuditService audit;
    private final SupplementService supplements;
    private final AvRecordService avRecords;
    private final LedgerService ledger;

    private AppContext(InstallationSettings settings, Database database) {
        this.settings = settings;
        this.messages = new Messages(settings.locale());
        this.database = database;
        CaseRepository caseRepository = new CaseRepository(database);
        SettingsStore archiveSettings = new SettingsStore(database);
        this.settingsService = new SettingsService(archiveSettings, settings.clerk());
        TemplateRepository templates = new TemplateRepository(database);
        NumberRegister register = new NumberRegister(database);
        VolumeRepository volumes = new VolumeRepository(database);
        this.cases = new CaseService(caseRepository, templates, volumes, messages, settings.clerk());
        this.numbers = new NumberService(register, archiveSettings, settings.clerk());
        this.retention = new RetentionService(caseRepository, volumes, settings.clerk());
        VolumeFormRepository volumeForms = new VolumeFormRepository(database);
        BindPreparer.Stores stores = new BindPreparer.Stores(caseRepository, volumes, templates, register,
                archiveSettings, volumeForms, new HandoverRepository(database));
        FormReports reports = new FormReports();
        this.bind = new BindService(database, stores, new PrintedForms(reports), messages, settings.clerk());
        this.boxes = new BoxService(database, new BoxRepository(database), archiveSettings, settings.clerk());
        this.supplements = new SupplementService(database, new SupplementRepository(database), volumeForms, volumes,
                tools.stamp(), Clock.systemDefaultZone(), settings.clerk());
        this.printCentre = new PrintCentre(volumeForms, boxes, reports, tools.printing(), archiveSettings);
        this.audit = new AuditService(new AuditLog(database), caseRepository, messages);
        this.handovers = new HandoverService(caseRepository, stores.handovers(), tools.inspect(), reports,
                archiveSettings, messages, settings.clerk());
        this.avRecords = new AvRecordService(new AvRecordRepository(database), caseRepository, retention, numbers,
                archiveSettings, reports, settings.clerk());
        this.deadlines = new DeadlineService(caseRepository, new BoxRepository(database));
        this.ledger = new LedgerService(new LedgerRepository(database), new LedgerPrinter(reports, archiveSettings),
                Clock.systemDefaultZone(), settings.clerk());
    }

    /** Opens the database named by the settings, migrating it if it is older than this program. */
    public static AppContext open(InstallationSettings settings) {
        return new AppContext(settings, Database.openFile(settings.database()));
    }

    public InstallationSettings settings() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    public CaseService cases() {
        return cases;
    }

    public NumberService numbers() {
        return numbers;
    }

    public RetentionService retention() {
        return retention;
    }

    public StampService stamp() {
        return tools.stamp();
    }

    /** Page sizes and blank pages of a scanned material; works without the register. */
    public InspectService inspect() {
        return tools.inspect();
    }

    /** The office's business settings (number style, volume limit); not the installation settings. */
    public SettingsService archiveSettings() {
        return settingsService;
    }

    public ThumbnailService thumbnails() {
        return tools.thumbnails();
    }

    /** The system's printers and sending finished PDFs (covers, directories, labels) to them. */
    public PrintingService printing() {
        return tools.printing();
    }

    /** The file-only services, also available without a register (see the CLI). */
    public ScanTools tools() {
        return tools;
    }

    public BindService bind() {
        return bind;
    }

    /** Printing every form: covers, directories, back sheets, box labels, number sheets, lists and ledgers. */
    public PrintCentre printCentre() {
        return printCentre;
    }

    /** Archive boxes (档案盒): boxing bound volumes and the boxes' label data. */
    public BoxService boxes() {
        return boxes;
    }

    /** The audit trail: verifying its hash chain and reading its latest lines. */
    public AuditService audit() {
        return audit;
    }

    /** Handover and acceptance (交接、验收): receiving a case's materials, checking, accepting or returning them. */
    public HandoverService handovers() {
        return handovers;
    }

    /** 补正 and 增补 of bound files (第九条), noted on their back sheets. */
    public SupplementService supplements() {
        return supplements;
    }

    /** Audio/video and electronic records kept with the cases, and their 制作说明. */
    public AvRecordService avRecords() {
        return avRecords;
    }

    /** Filing deadlines (第四条) and retention expiries (到期鉴定). */
    public DeadlineService deadlines() {
        return deadlines;
    }

    /** The lending and consultation register (借阅、查阅登记, 第十八条、第十九条). */
    public LedgerService ledger() {
        return ledger;
    }

    public String databaseLocation() {
        return database.location();
    }

    @Override
    public void close() {
        database.close();
    }
}
