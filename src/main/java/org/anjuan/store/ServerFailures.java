package org.anjuan.store;

import java.sql.SQLException;
import org.anjuan.domain.AnjuanException;

/** Why a PostgreSQL server could not be used, in the clerk's words, from the driver's SQLSTATE. */
final class ServerFailures {

    private ServerFailures() {
    }

    /** The failure to connect to {@code location} as a refusal that says what to check. */
    static AnjuanException unreachable(Exception e, String location) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = detail(e);
        if (state.startsWith("28")) { // invalid authorization: no such role, wrong password, not allowed by pg_hba
            return new AnjuanException(e, "db.pg.login", location, detail);
        }
        if (state.equals("3D000")) { // invalid catalog name: the database was never created
            return new AnjuanException(e, "db.pg.noDatabase", location, detail);
        }
        if (state.startsWith("08")) { // connection exception: no server there, firewall, wrong port
            return new AnjuanException(e, "db.pg.unreachable", location, detail);
        }
        return new AnjuanException(e, "store.open.failed", location, detail);
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
