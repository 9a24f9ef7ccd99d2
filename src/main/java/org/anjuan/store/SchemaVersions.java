package org.anjuan.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** The register's schema versions, as Flyway numbers its migrations (V1, V2 … in db/migration). */
public final class SchemaVersions {

    private static volatile String latest;

    private SchemaVersions() {
    }

    /** The newest schema this program knows: the version of its last migration. */
    public static String latest() {
        String known = latest;
        if (known == null) {
            // Flyway lists the migrations it would apply to an empty database; a throw-away one in memory will do
            MigrationInfo[] all = Flyway.configure()
                    .dataSource("jdbc:h2:mem:anjuan-versions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "sa", "")
                    .locations("classpath:db/migration").load().info().all();
            known = highest(Arrays.stream(all).filter(m -> m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion()).toList());
            latest = known;
        }
        return known;
    }

    /** True when {@code version} is newer than anything this program can migrate to. */
    public static boolean newerThanProgram(String version) {
        return compare(version, latest()) > 0;
    }

    /** Compares two versions as Flyway does ("9" before "10", "1.1" after "1"). */
    public static int compare(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    /** The highest of the versions, or "0" when there are none. */
    static String highest(Collection<String> versions) {
        String max = "0";
        for (String v : versions) {
            if (compare(v, max) > 0) {
                max = v;
            }
        }
        return max;
    }
}
