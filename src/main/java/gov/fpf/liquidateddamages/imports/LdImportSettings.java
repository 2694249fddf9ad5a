package gov.fpf.liquidateddamages.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * fpf.import.*: what one breach file may hold, how many files are worked at once and how many may wait, how often a
 * run reports its progress; and, for the command line ({@link LdImportCommand}), the file, office and user.
 */
@ConfigurationProperties(prefix = "fpf.import")
record LdImportSettings(
        @DefaultValue("50000") int maxRows,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("2") int threads,
        @DefaultValue("4") int queue,
        @DefaultValue("100") int progressEvery,
        String file,
        String office,
        @DefaultValue("import-cli") String user) {
}
