package gov.fpf.liquidateddamages.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * fpf.import.*: what one breach file may hold, how many files are worked at once and how many may wait, how often a
 * run reports its progress; how long an import may go without a heartbeat before it counts as interrupted (the
 * lease; every node refreshes its own imports' heartbeat four times per lease, so only a dead node's imports go
 * stale); and, for the command line ({@link LdImportCommand}), the file, office and user.
 */
@ConfigurationProperties(prefix = "fpf.import")
record LdImportSettings(
        @DefaultValue("50000") int maxRows,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("2") int threads,
        @DefaultValue("4") int queue,
        @DefaultValue("100") int progressEvery,
        @DefaultValue("2m") Duration lease,
        String file,
        String office,
        @DefaultValue("import-cli") String user) {
}
