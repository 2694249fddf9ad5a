package gov.fpf.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Parties are national records, cases belong to offices. Text about a party (the reasons it is not in good standing,
 * the records its risk score rests on) can name cases of any office; shown to a user, the case numbers of offices the
 * user does not work for are replaced by words that say only that such a case exists, as the party page's case list
 * leaves them out. The answer itself (standing, score) is the same for everyone.
 */
@Component
public class CaseNumberMask {

    static final Pattern CASE_NUMBER = Pattern.compile("\\b\\d{4}-[A-Z]{3}-\\d{6}\\b");
    static final String OTHER_OFFICE = "a case of another office";

    private final NamedParameterJdbcTemplate jdbc;
    private final OfficeAccess access;

    CaseNumberMask(NamedParameterJdbcTemplate jdbc, OfficeAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** the texts as the signed-in user may read them */
    public List<String> mask(List<String> texts) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String t : texts) {
            if (t != null) {
                Matcher m = CASE_NUMBER.matcher(t);
                while (m.find()) {
                    numbers.add(m.group());
                }
            }
        }
        if (numbers.isEmpty()) {
            return texts;
        }
        Set<String> visible = access.visibleOffices();
        Map<String, String> officeOf = jdbc.query("SELECT case_number, office_code FROM case_file WHERE case_number IN (:n)",
                new MapSqlParameterSource("n", numbers), rs -> {
                    Map<String, String> found = new java.util.HashMap<>();
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                    return found;
                });
        Set<String> hidden = numbers.stream().filter(n -> officeOf.containsKey(n) && !visible.contains(officeOf.get(n)))
                .collect(Collectors.toSet());
        if (hidden.isEmpty()) {
            return texts;
        }
        return texts.stream().map(t -> t == null ? null
                : CASE_NUMBER.matcher(t).replaceAll(r -> hidden.contains(r.group()) ? OTHER_OFFICE : r.group())).toList();
    }

    public String mask(String text) {
        return mask(java.util.Collections.singletonList(text)).get(0);
    }
}
