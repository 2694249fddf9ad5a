package gov.fpf.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written, never guessed at. The features that can be switched by name are in application.yaml
 * ({@code spring.jackson}: duplicate keys, enum ordinals, trailing tokens, null for primitives, scalar coercion);
 * this class adds what needs code:
 * <ul>
 * <li>a number or a boolean where text is expected is refused (Jackson would turn {@code 1592} into "1592", and
 * {@code true} into "true");</li>
 * <li>a date is a string {@code YYYY-MM-DD} of a real calendar day in {@link #EARLIEST}..{@link #LATEST}: no epoch
 * days from numbers ({@code 123} was stored as 1970-05-04), no date-times cut to their day, no year 0001 or +99999.</li>
 * </ul>
 */
@Configuration
class StrictJson {

    /** No FP&amp;F fact (violation, seizure, payment, bond) is older than this; earlier years are typing errors. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder
                .deserializerByType(LocalDate.class, new IsoDateDeserializer())
                .postConfigurer(mapper -> {
                    var text = mapper.coercionConfigFor(LogicalType.Textual);
                    text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    text.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                });
    }

    /** Dates as ISO calendar days only, within the sane range. */
    static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not a calendar date YYYY-MM-DD", text, LocalDate.class);
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw InvalidFormatException.from(p, "date out of range", text, LocalDate.class);
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
