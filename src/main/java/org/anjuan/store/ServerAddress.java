package org.anjuan.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.anjuan.domain.AnjuanException;

/**
 * Where a shared PostgreSQL register is: the server, the database and the role that logs in. The password may
 * be null: the driver then looks it up in the user's PostgreSQL password file ({@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}).
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database}, possibly with driver parameters
 * @param user     the role that logs in
 * @param password its password, or null
 */
public record ServerAddress(String jdbcUrl, String user, String password) {

    private static final String JDBC = "jdbc:postgresql://";

    public ServerAddress {
        if (jdbcUrl == null || !jdbcUrl.startsWith(JDBC)) {
            throw new AnjuanException("db.url.invalid", jdbcUrl);
        }
    }

    /** Whether a --db value or a db.url setting names a PostgreSQL server rather than an H2 file. */
    public static boolean isServerUrl(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith(JDBC);
    }

    /**
     * Reads {@code postgresql://[user@]host[:port]/database} (the form libpq and psql take, {@code postgres://}
     * too) or a JDBC URL {@code jdbc:postgresql://host[:port]/database}. A user in the URL wins over
     * {@code user}; a password in the URL is refused, so that none ends up in a shell's history or a settings
     * file by accident.
     */
    public static ServerAddress parse(String text, String user, String password) {
        String t = text == null ? "" : text.strip();
        String rest = t.replaceFirst("(?i)^(jdbc:postgresql|postgresql|postgres)://", "");
        if (rest.equals(t)) {
            throw new AnjuanException("db.url.invalid", t);
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new AnjuanException(e, "db.url.invalid", t);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty() || path.contains("/")) {
            throw new AnjuanException("db.url.invalid", t);
        }
        String who = user;
        if (uri.getRawUserInfo() != null) {
            if (uri.getRawUserInfo().contains(":")) {
                throw new AnjuanException("db.url.password", t.replaceFirst("(://[^:/@]*):[^@]*@", "$1:***@"));
            }
            who = uri.getUserInfo();
        }
        if (who == null || who.isBlank()) {
            throw new AnjuanException("db.user.missing", t);
        }
        String host = uri.getHost();
        String url = JDBC + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new ServerAddress(url, who.strip(), password == null || password.isEmpty() ? null : password);
    }

    /** The database's name in the URL. */
    public String database() {
        String rest = jdbcUrl.substring(JDBC.length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf('?');
        return rest.substring(slash + 1, query < 0 ? rest.length() : query);
    }

    /** The same server and role, another database (a restore's staging database, a test's own). */
    public ServerAddress withDatabase(String name) {
        String rest = jdbcUrl.substring(JDBC.length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf('?');
        return new ServerAddress(JDBC + rest.substring(0, slash + 1) + name
                + (query < 0 ? "" : rest.substring(query)), user, password);
    }

    /** Host and port as the URL gives them, e.g. {@code 192.168.1.10:5432}. */
    public String hostAndPort() {
        String rest = jdbcUrl.substring(JDBC.length());
        return rest.substring(0, rest.indexOf('/'));
    }

    /** For messages and the window's title: never the password. */
    public String display() {
        return "postgresql://" + user + "@" + hostAndPort() + "/" + database();
    }

    @Override
    public String toString() {
        return display();
    }
}
