package gov.fpf.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The parts of the door guard that need no engine: the command fields it reads, and "sent back unchanged". */
class EngineDoorGuardTest {

    @Test
    void everyCommandFieldTheGuardReadsExistsInThisEngineVersion() {
        for (Map.Entry<Class<?>, String> field : EngineDoorGuard.FIELDS) {
            assertThat(field.getKey().getDeclaredFields()).as(field.getKey().getSimpleName())
                    .anyMatch(f -> f.getName().equals(field.getValue()));
        }
    }

    @Test
    void aShownValueComesBackUnchangedWhateverItsJsonType() {
        assertThat(EngineDoorGuard.sameValue(40000.0, 40000)).isTrue();
        assertThat(EngineDoorGuard.sameValue(40000.0, "40000.00")).isTrue();
        assertThat(EngineDoorGuard.sameValue(40000.0, 40000.01)).isFalse();
        assertThat(EngineDoorGuard.sameValue("2026-PEN-000001", Variables.stringValue("2026-PEN-000001").getValue())).isTrue();
        assertThat(EngineDoorGuard.sameValue("2026-PEN-000001", "2026-PEN-000002")).isFalse();
        Date sol = Date.from(LocalDate.of(2030, 6, 2).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(EngineDoorGuard.sameValue(sol, "2030-06-02")).isTrue();
        assertThat(EngineDoorGuard.sameValue(sol, "2040-01-01")).isFalse();
        assertThat(EngineDoorGuard.sameValue(null, "")).isTrue();
        assertThat(EngineDoorGuard.sameValue(null, "x")).isFalse();
        assertThat(EngineDoorGuard.plain(Variables.integerValue(5))).isEqualTo(5);
    }
}
