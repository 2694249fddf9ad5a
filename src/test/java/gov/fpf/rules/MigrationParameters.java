package gov.fpf.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link ParameterSource} over the rows the Flyway migrations insert (V2, V3, V5, V9, V18, V19), read from the SQL files, so unit
 * tests compute with the real reference configuration and no database. Rows get ids in file order, as the
 * auto-increment would. {@link #with} adds a row, as an administrator would, for tests of effective dating.
 */
public final class MigrationParameters implements ParameterSource {

    private static final List<Path> MIGRATIONS = List.of(
            Path.of("db", "migration", "V2__legal_parameters.sql"),
            Path.of("db", "migration", "V3__penalty_parameters.sql"),
            Path.of("db", "migration", "V5__liquidated_damages_parameters.sql"),
            Path.of("db", "migration", "V9__seizure_parameters.sql"),
            Path.of("db", "migration", "V18__ld_single_entry_and_tib_parameters.sql"),
            Path.of("db", "migration", "V19__seizure_rights_and_dates.sql"),
            Path.of("db", "migration", "V21__add_referral_follow_up_parameters.sql"));

    /** ('name', value|NULL, 'UNIT', DATE 'yyyy-mm-dd', 'citation', 'confidence', ... */
    private static final Pattern ROW = Pattern.compile(
            "\\(\\s*'([^']+)',\\s*(NULL|-?[0-9.]+),\\s*'(\\w+)',\\s*DATE '([0-9-]{10})',\\s*'((?:[^']|'')*)',\\s*'(\\w+)'");

    private final List<ParameterValue> rows;

    private MigrationParameters(List<ParameterValue> rows) {
        this.rows = List.copyOf(rows);
    }

    public static MigrationParameters load() {
        List<ParameterValue> rows = new ArrayList<>();
        for (Path file : MIGRATIONS) {
            String sql;
            try {
                sql = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
            }
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                rows.add(new ParameterValue(rows.size() + 1L, m.group(1),
                        m.group(2).equals("NULL") ? null : new BigDecimal(m.group(2)),
                        LegalParameter.Unit.valueOf(m.group(3)), LocalDate.parse(m.group(4)),
                        m.group(5).replace("''", "'"), m.group(6)));
            }
        }
        return new MigrationParameters(rows);
    }

    /** This source plus one more row (a new value from a date on). */
    public MigrationParameters with(String name, String value, LegalParameter.Unit unit, LocalDate effectiveFrom) {
        List<ParameterValue> more = new ArrayList<>(rows);
        more.add(new ParameterValue(rows.size() + 1L, name, new BigDecimal(value), unit, effectiveFrom, "test row", "V"));
        return new MigrationParameters(more);
    }

    public List<ParameterValue> rows() {
        return rows;
    }

    @Override
    public ParameterValue valueOn(String name, LocalDate on) {
        ParameterValue row = rows.stream()
                .filter(r -> r.name().equals(name) && !r.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(ParameterValue::effectiveFrom))
                .orElseThrow(() -> new ParameterNotInForce(name, on));
        if (row.value() == null) {
            throw new ParameterValueUnknown(name, on, "placeholder row of the migration", row.citation());
        }
        return row;
    }
}
