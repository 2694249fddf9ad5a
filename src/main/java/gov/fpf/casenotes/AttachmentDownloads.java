package gov.fpf.casenotes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How an attachment is sent, the same for the API and the case page. */
public final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    /**
     * The bytes with the headers that keep a browser from treating them as anything else: the stored content type,
     * nosniff, a sandboxing content security policy, and {@code attachment} with the sanitized name (inline only for
     * the raster image types that cannot carry script, when asked for).
     */
    public static ResponseEntity<byte[]> response(CaseNotesService.Download d, boolean inline) {
        ContentDisposition.Builder builder = inline && d.inlineSafe() ? ContentDisposition.inline()
                : ContentDisposition.attachment();
        // a plain name as it is (it was sanitized on upload: no quotes, slashes or controls); others also as RFC 5987
        ContentDisposition disposition = (StandardCharsets.US_ASCII.newEncoder().canEncode(d.fileName())
                ? builder.filename(d.fileName()) : builder.filename(d.fileName(), StandardCharsets.UTF_8)).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                // RFC 9530: the stored SHA-256, so a client can check what it received
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(d.sha256())) + ":")
                .body(d.content());
    }
}
