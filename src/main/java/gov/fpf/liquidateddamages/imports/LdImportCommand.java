package gov.fpf.liquidateddamages.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import gov.fpf.liquidateddamages.imports.LdImportService.ImportView;
import gov.fpf.liquidateddamages.imports.LdImportService.ReasonGroup;
import gov.fpf.liquidateddamages.imports.LdImportService.RefusedLine;
import gov.fpf.system.Problems;

/**
 * The import from the command line, when {@code fpf.import.file} is set: imports the file synchronously into
 * {@code fpf.import.office} as {@code fpf.import.user} (default import-cli), prints progress and the summary, and
 * ends the application with exit code 0 (every line created or skipped), 2 (some line refused) or 1 (the file or the
 * run failed).
 */
@Component
@ConditionalOnProperty(name = "fpf.import.file")
class LdImportCommand implements ApplicationRunner {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED_LINES = 2;
    static final int PRINT_EVERY = 500;
    static final int PRINT_REFUSED = 200;

    private final LdImportService imports;
    private final LdImportSettings settings;
    private final ConfigurableApplicationContext context;

    LdImportCommand(LdImportService imports, LdImportSettings settings, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.settings = settings;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = importFile(Path.of(settings.file()), settings.office(), settings.user(), System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Imports the file as the user and returns the exit code; prints to out, and what went wrong to err. */
    int importFile(Path file, String officeCode, String user, PrintStream out, PrintStream err) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asUser = SecurityContextHolder.createEmptyContext();
        asUser.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        SecurityContextHolder.setContext(asUser);
        long start = System.nanoTime();
        int[] printed = {0};
        try {
            out.println("Importing " + file.getFileName() + " into office " + (officeCode == null ? "(the only one)"
                    : officeCode) + " as " + user);
            ImportView done = imports.importInto(officeCode, new LdImportService.ImportFile(file.getFileName().toString(),
                    null, content), counts -> {
                        if (counts.processed() - printed[0] >= PRINT_EVERY || counts.processed() == counts.total()) {
                            printed[0] = counts.processed();
                            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                            out.printf("import %d: %d/%d lines, %d created, %d skipped, %d refused, %.1f lines/s%n",
                                    counts.importId(), counts.processed(), counts.total(), counts.created(),
                                    counts.skipped(), counts.refused(), counts.processed() / seconds);
                        }
                    });
            print(done, out);
            if (done.status() == LdImport.Status.FAILED || done.status() == LdImport.Status.INTERRUPTED) {
                err.println("The import failed: " + done.failure());
                return EXIT_FAILED;
            }
            return done.refused() > 0 ? EXIT_REFUSED_LINES : EXIT_OK;
        } catch (Problems.Refusal refused) {
            err.println("Nothing was imported: " + refused.getMessage());
            return EXIT_FAILED;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static void print(ImportView done, PrintStream out) {
        out.println();
        out.printf("Import %d of %s into %s: %s, %d of %d lines%n", done.id(), done.fileName(), done.officeCode(),
                done.status(), done.processedRows(), done.totalRows());
        out.printf("  created: %d claims%n", done.created());
        out.printf("  skipped: %d%n", done.skipped());
        for (ReasonGroup g : done.summary().skipped()) {
            out.printf("    %s (%d): lines %s%n", g.reason(), g.count(), lines(g.lines()));
        }
        out.printf("  refused: %d%n", done.refused());
        List<RefusedLine> refused = done.summary().refused();
        refused.stream().limit(PRINT_REFUSED)
                .forEach(r -> out.printf("    line %d, %s: %s%n", r.line(), r.reason(), r.detail()));
        if (done.refused() > Math.min(PRINT_REFUSED, refused.size())) {
            out.printf("    ... and %d more: GET /api/v1/liquidated-damages-imports/%d/rows?outcome=REFUSED%n",
                    done.refused() - Math.min(PRINT_REFUSED, refused.size()), done.id());
        }
    }

    private static String lines(List<Integer> lines) {
        String listed = lines.stream().limit(50).map(String::valueOf).collect(Collectors.joining(", "));
        return lines.size() > 50 ? listed + ", ... (" + (lines.size() - 50) + " more)" : listed;
    }
}
