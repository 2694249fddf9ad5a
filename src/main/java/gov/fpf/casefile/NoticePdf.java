package gov.fpf.casefile;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A notice's HTML (the same Thymeleaf letter the page shows) as a PDF/A-2b document: the Liberation Serif fonts are
 * read from the classpath (the openpdf-fonts-extra jar, SIL Open Font License) and embedded, never the machine's fonts;
 * the output intent is the JDK's sRGB profile; the XMP metadata carries the PDF/A identification. The layout (page
 * size, margins, "Page X of Y") is the print CSS of {@code templates/notices/layout.html}. The document's dates are the
 * issue instant, so the same HTML issued at the same instant gives the same layout.
 */
@Component
public class NoticePdf implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(NoticePdf.class);

    /** The family the letters' CSS names; every face below is registered under it. */
    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONTS = "/liberation/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The fonts' metrics, read once for all notices (the fonts themselves are embedded in each document). */
    private static final MetricsCache METRICS = new MetricsCache();

    /**
     * Renders a small letter once at start, before the web server takes requests: the first document loads the
     * renderer's classes, parses the four font faces and the colour profile, which took 14-19 s on a loaded 2-core
     * machine. Paid inside the first issuing transaction, that held database connections long enough to starve the
     * pool (the two-node trial's completions answered 503). Nothing is stored.
     */
    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        byte[] pdf = render("""
                <!DOCTYPE html><html lang="en"><head><title>warm-up</title>
                <style>body { font-family: 'Liberation Serif'; }</style></head>
                <body><p>Warm-up <b>bold</b> <i>italic</i> <b><i>both</i></b> $1,234.56</p></body></html>""",
                "warm-up", Instant.EPOCH);
        log.info("PDF renderer ready in {} ms ({} bytes of warm-up document)", (System.nanoTime() - started) / 1_000_000,
                pdf.length);
    }

    /** The bytes of a notice as a PDF/A document. */
    public byte[] render(String html, String title, Instant issuedAt) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(issuedAt.toEpochMilli());
            document.getDocumentInformation().setCreationDate(when);
            document.getDocumentInformation().setModificationDate(when);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
                    .usePDDocument(document)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(SRGB)
                    .withProducer("FP&F case workflow")
                    .withW3cDocument(dom, "classpath:/templates/notices/")
                    // no resource is fetched from anywhere: a notice is self-contained
                    .useExternalResourceAccessControl((uri, type) -> false,
                            com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The notice " + title + " could not be written as a PDF.", e);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256.", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        if (NoticePdf.class.getResource(FONTS + file) == null) {
            throw new IllegalStateException("The font " + FONTS + file + " is not on the classpath (openpdf-fonts-extra).");
        }
        // the fallbacks too: a generic "serif" or a glyph missing elsewhere never reaches an unembedded base-14 font
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }

    private static InputStream open(String file) {
        return NoticePdf.class.getResourceAsStream(FONTS + file);
    }

    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

        private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("The metrics of the font " + k + " could not be read.", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
