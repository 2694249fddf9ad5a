package gov.fpf.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfig {

    /** One clock for timestamps and "today", so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
