package gov.fpf.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file larger than the server takes at all (spring.servlet.multipart) is refused before any controller runs; sent
 * from the imports page, the person gets the upload page again with the size limit in words, not a JSON problem.
 */
@Component
class ImportUploadTooLarge implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(ex instanceof MaxUploadSizeExceededException) || !path.startsWith("/imports")) {
            return null;
        }
        String back = path.matches("/imports/\\d+/resume") ? path.substring(0, path.length() - "/resume".length())
                : "/imports";
        return new ModelAndView("redirect:" + back + "?tooLarge=true");
    }
}
