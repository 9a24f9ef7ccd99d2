package org.anjuan.app;

import org.anjuan.i18n.Messages;
import org.anjuan.pdf.EmptyPages;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.Database;
import org.anjuan.store.NumberRegister;
import org.anjuan.store.SettingsStore;
import org.anjuan.store.TemplateRepository;
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
<<<<<<< HEAD
    private final BindService bind;
    private final ThumbnailService thumbnails = new ThumbnailService();
=======
    private final StampService stamp;
>>>>>>> helper-s

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
        this.retention = new RetentionService(caseRepository, settings.clerk());
<<<<<<< HEAD
        BindPreparer.Stores stores = new BindPreparer.Stores(caseRepository, volumes, templates, register,
                archiveSettings);
        this.bind = new BindService(database, stores, messages, settings.clerk());
=======
        // until the scanned-page detector is wired in, only pages that draw nothing count as blank
        this.stamp = new StampService(new EmptyPages()::find, NumberStamp.DEFAULT);
>>>>>>> helper-s
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
        return stamp;
    }

    /** The office's business settings (number style, volume limit); not the installation settings. */
    public SettingsService archiveSettings() {
        return settingsService;
    }

    public ThumbnailService thumbnails() {
        return thumbnails;
    }

    public BindService bind() {
        return bind;
    }

    public String databaseLocation() {
        return database.location();
    }

    @Override
    public void close() {
        database.close();
    }
}
