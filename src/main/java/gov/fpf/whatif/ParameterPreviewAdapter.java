package gov.fpf.whatif;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import gov.fpf.admin.ParameterPreview;
import gov.fpf.rules.NewParameterValue;

/** The parameter page's "Preview the effect", answered by the what-if dry run. */
@Component
class ParameterPreviewAdapter implements ParameterPreview {

    private final WhatIfService whatIf;
    private final WhatIfPages pages;

    ParameterPreviewAdapter(WhatIfService whatIf, WhatIfPages pages) {
        this.whatIf = whatIf;
        this.pages = pages;
    }

    @Override
    public Object preview(String name, NewParameterValue value) {
        return whatIf.parameterValue(proposal(name, value));
    }

    @Override
    public void writeCsv(String name, NewParameterValue value, Locale locale, HttpServletResponse response) {
        pages.writeCsv(whatIf.parameterValue(proposal(name, value)), locale, response);
    }

    private static WhatIfService.ProposedValue proposal(String name, NewParameterValue body) {
        return new WhatIfService.ProposedValue(name, body.value(), body.effectiveFrom(), body.citation(),
                body.confidence(), body.note());
    }
}
