package gov.fpf.system;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The mysql profile has no demo users: the administrator's password must come from the environment.
 * Stops the start before anything touches the database when it is missing.
 */
public class MysqlAdminPasswordCheck implements EnvironmentPostProcessor {

    static final String MESSAGE = "The mysql profile needs the administrator's password: set the environment variable"
            + " FPF_ADMIN_PASSWORD (and FPF_ADMIN_USER if the administrator is not called 'admin'). There are no demo"
            + " users outside the embedded default.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("mysql")) {
            return;
        }
        String password = environment.getProperty("FPF_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
