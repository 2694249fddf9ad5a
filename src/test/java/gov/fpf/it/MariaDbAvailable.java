package gov.fpf.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the MariaDB suite when a MySQL-compatible server answers on 127.0.0.1:3306 (or FPF_IT_DB_HOST/PORT).
 * Without one the suite is skipped with a message, unless it is required (-Dmysql.required=true or CI=true):
 * then it fails, so CI can never pass without having run it.
 */
public class MariaDbAvailable implements ExecutionCondition {

    static String host() {
        return System.getenv().getOrDefault("FPF_IT_DB_HOST", "127.0.0.1");
    }

    static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("FPF_IT_DB_PORT", "3306"));
    }

    static boolean required() {
        return Boolean.getBoolean("mysql.required") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (answers()) {
            return ConditionEvaluationResult.enabled("MySQL-compatible server at " + host() + ":" + port());
        }
        String message = "No MySQL-compatible server at " + host() + ":" + port() + ". Start MariaDB and create the"
                + " fpf_it schema and user as .ci/run does.";
        if (required()) {
            throw new IllegalStateException(message + " The MariaDB suite is required here (mysql.required or CI).");
        }
        System.err.println("SKIPPING the MariaDB suite: " + message);
        return ConditionEvaluationResult.disabled("SKIPPED: " + message);
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
