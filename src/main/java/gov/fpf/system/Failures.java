package gov.fpf.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure means for the caller, read from its cause chain wherever it was wrapped (Spring's data access, JPA,
 * the engine's persistence): a refusal keeps its status, a value the database cannot hold is the caller's 400, and a
 * database that cannot be reached is a 503 to try again shortly. Shared by the API's handler and the engine REST
 * API's exception mapper, so every door answers the same.
 */
public final class Failures {

    /** Seconds a client should wait before retrying while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Pattern MYSQL_COLUMN = Pattern.compile("column '([^']+)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern H2_COLUMN = Pattern.compile("column \"([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);

    /** A failure turned into an answer; {@code retryAfter} is set for 503s. */
    public record Failure(HttpStatus status, String title, String detail, Integer retryAfter) {

        public ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return problem;
        }
    }

    private Failures() {
    }

    /** The answer for this failure, or empty when it is none of the known kinds (a bug: 500). */
    public static Optional<Failure> classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problems.Refusal refusal) {
                return Optional.of(new Failure(refusal.status(), refusal.title(), refusal.getMessage(), null));
            }
        }
        if (databaseUnreachable(e)) {
            return Optional.of(unavailable());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<Failure> value = badValue(sql);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    public static Failure unavailable() {
        return new Failure(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "The case database cannot be reached at the moment. Nothing was stored; try again in a few seconds.",
                RETRY_AFTER_SECONDS);
    }

    /** The database is down or no connection can be had from the pool in time. */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQL states of values the caller sent that the database cannot hold (too long, out of range, unstorable text). */
    private static Optional<Failure> badValue(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        if ("22001".equals(state) || message.contains("too long for column")) {
            String column = column(message);
            return Optional.of(invalid("A value is too long" + (column == null ? "" : " for '" + column + "'")
                    + ". Shorten it and send the request again; nothing was stored."));
        }
        if ("22003".equals(state)) {
            String column = column(message);
            return Optional.of(invalid("A number is out of range" + (column == null ? "" : " for '" + column + "'")
                    + ". Nothing was stored."));
        }
        if (sql.getErrorCode() == 1366 || message.contains("Incorrect string value")
                || message.contains("Illegal mix of collations")) {
            String column = column(message);
            return Optional.of(invalid("A text" + (column == null ? "" : " for '" + column + "'")
                    + " contains characters that cannot be stored. Nothing was stored."));
        }
        return Optional.empty();
    }

    /** The column named in the database's message, as the API's camelCase field name ("amount_rationale" → "amountRationale"). */
    static String column(String message) {
        Matcher m = MYSQL_COLUMN.matcher(message);
        if (!m.find()) {
            m = H2_COLUMN.matcher(message);
            if (!m.find()) {
                return null;
            }
        }
        String[] parts = m.group(1).toLowerCase(Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return field.toString();
    }

    private static Failure invalid(String detail) {
        return new Failure(HttpStatus.BAD_REQUEST, "Invalid input", detail, null);
    }
}
