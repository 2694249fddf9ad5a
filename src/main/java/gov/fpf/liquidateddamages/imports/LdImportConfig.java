package gov.fpf.liquidateddamages.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
@EnableConfigurationProperties(LdImportSettings.class)
class LdImportConfig {

    /**
     * The workers of breach imports: a few threads and a short queue, so a burst of uploads cannot starve the
     * request threads or the database; a file beyond the queue is refused (503) rather than waiting unseen.
     */
    @Bean
    ThreadPoolTaskExecutor ldImportExecutor(LdImportSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("ld-import-");
        executor.setCorePoolSize(settings.threads());
        executor.setMaxPoolSize(settings.threads());
        executor.setQueueCapacity(settings.queue());
        // a run notices the shutdown between lines and records where it stopped (LdImportService.stop, LdImportRunner.stop)
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
