package gov.fpf.admin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import gov.fpf.rules.NewParameterValue;

/**
 * "Preview the effect" of a new parameter value on the parameter page: the what-if dry run (gov.fpf.whatif implements
 * it, so the admin pages do not depend on the case families the dry run reads). Refuses as recording would
 * (gov.fpf.system.Problems). Stores nothing.
 */
public interface ParameterPreview {

    /** the dry run's result, shown by the template fragment whatif/preview :: table */
    Object preview(String name, NewParameterValue value);

    /** the dry run as a CSV download */
    void writeCsv(String name, NewParameterValue value, Locale locale, HttpServletResponse response);
}
