package gov.fpf.casepage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A document upload from the case page above spring.servlet.multipart's limits is refused before any controller
 * sees it; the browser gets the error page in our layout with 413 and what to do (error.413.*), not the API's JSON.
 */
@Component
class CaseUploadTooLarge implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(ex instanceof MaxUploadSizeExceededException) || !path.matches("/cases/[^/]+/attachments")) {
            return null;
        }
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("detail", null);
        return page;
    }
}
