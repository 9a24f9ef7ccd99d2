package org.anjuan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database engines every store test runs on: the embedded H2 of a single workstation and the shared
 * PostgreSQL server of an office. Store test classes are {@code @ParameterizedClass @EnumSource(Engine.class)}
 * and open their registers through {@link #open} and {@link #openFile}.
 */
public enum Engine {

    H2 {
        @Override
        public Database open(String name) {
            return Database.openInMemory(name);
        }

        @Override
        public Database openFile(Path file) {
            return Database.openFile(file);
        }

        @Override
        public Login login(String name) {
            return new Login("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
    },

    POSTGRESQL {
        @Override
        public Database open(String name) {
            return Database.openServer(TestServer.named(name));
        }

        @Override
        public Database openFile(Path file) {
            return Database.openServer(TestServer.named(file.toAbsolutePath().toString()));
        }

        @Override
        public Login login(String name) {
            ServerAddress a = TestServer.named(name);
            return new Login(a.jdbcUrl(), a.user(), a.password());
        }
    };

    /** The register called {@code name}: the same one each time the same name is opened in this JVM. */
    public abstract Database open(String name);

    /** The register a workstation keeps at {@code file}; on PostgreSQL, a database of its own for that path. */
    public abstract Database openFile(Path file);

    /** Plain JDBC access to the register called {@code name}, as someone bypassing Anjuan would have. */
    public abstract Login login(String name);

    public record Login(String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
