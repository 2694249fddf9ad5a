package gov.fpf.casenotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The content check on its own: each kind found from its bytes, and what is refused. */
class FileTypeCheckTest {

    private static byte[] zip(String... namesThenContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesThenContents.length; i += 2) {
                byte[] data = namesThenContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesThenContents[i]);
                if ("mimetype".equals(namesThenContents[i])) { // OpenDocument: first, stored
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static AttachmentType type(byte[] content, String extension, String declared) {
        FileTypeCheck.Outcome outcome = FileTypeCheck.check(content, extension, declared);
        assertThat(outcome.refusal()).as("refusal").isNull();
        return outcome.type();
    }

    private static String refusal(byte[] content, String extension, String declared) {
        FileTypeCheck.Outcome outcome = FileTypeCheck.check(content, extension, declared);
        assertThat(outcome.type()).as("type").isNull();
        return outcome.refusal().key();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length + 16];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void officeDocumentsAreToldApartByWhatTheirZipHolds() throws Exception {
        byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        assertThat(type(docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo(AttachmentType.DOCX);
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"), "xlsx", null))
                .isEqualTo(AttachmentType.XLSX);
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"), "pptx", ""))
                .isEqualTo(AttachmentType.PPTX);
        assertThat(type(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<c/>"), "odt",
                "application/octet-stream")).isEqualTo(AttachmentType.ODT);
        assertThat(type(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<c/>"), "ods",
                null)).isEqualTo(AttachmentType.ODS);

        assertThat(refusal(docx, "xlsx", null)).isEqualTo("notes.file.extensionMismatch");
        assertThat(refusal(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>", "word/vbaProject.bin", "x"),
                "docx", null)).isEqualTo("notes.file.macros");
        assertThat(refusal(zip("evil.exe", "MZ", "readme.txt", "hi"), "docx", null)).isEqualTo("notes.file.zip");
        assertThat(refusal(zip("a.txt", "a", "b.txt", "b"), "docx", null)).isEqualTo("notes.file.zip");
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, "docx", null)).isEqualTo("notes.file.brokenZip");
    }

    @Test
    void imagesPdfAndLegacyOfficeByTheirMagicNumbers() {
        assertThat(type(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'), "png", "image/png")).isEqualTo(AttachmentType.PNG);
        assertThat(type(bytes(0xff, 0xd8, 0xff, 0xe0), "jpeg", "image/jpeg")).isEqualTo(AttachmentType.JPEG);
        assertThat(type(bytes(0xff, 0xd8, 0xff, 0xe1), "jpg", "image/pjpeg")).isEqualTo(AttachmentType.JPEG);
        assertThat(type("GIF89a....".getBytes(StandardCharsets.US_ASCII), "gif", "image/gif")).isEqualTo(AttachmentType.GIF);
        assertThat(type(bytes('I', 'I', 42, 0), "tif", "image/tiff")).isEqualTo(AttachmentType.TIFF);
        assertThat(type(bytes('M', 'M', 0, 42), "tiff", null)).isEqualTo(AttachmentType.TIFF);
        assertThat(type("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), "webp", "image/webp"))
                .isEqualTo(AttachmentType.WEBP);
        byte[] ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
        assertThat(type(ole, "doc", "application/msword")).isEqualTo(AttachmentType.DOC);
        assertThat(type(ole, "xls", "application/vnd.ms-excel")).isEqualTo(AttachmentType.XLS);
        assertThat(refusal(ole, "msi", null)).isEqualTo("notes.file.legacyOffice");
        byte[] macro = java.util.Arrays.copyOf(ole, 200);
        byte[] vba = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(vba, 0, macro, 100, vba.length);
        assertThat(refusal(macro, "doc", null)).isEqualTo("notes.file.macros");
        assertThat(refusal("%PDF-1.7 /OpenAction << /S /JavaScript /JS (app.alert(1)) >>".getBytes(StandardCharsets.US_ASCII),
                "pdf", "application/pdf")).isEqualTo("notes.file.activePdf");
        assertThat(refusal(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'), "gif", "image/gif"))
                .isEqualTo("notes.file.extensionMismatch");
        assertThat(refusal(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'), "png", "image/gif"))
                .isEqualTo("notes.file.declaredMismatch");
    }

    @Test
    void textAndCsvButNoProgramsOrMarkup() {
        byte[] csv = "entry,amount\nABC-1234567-8,20000\n".getBytes(StandardCharsets.UTF_8);
        assertThat(type(csv, "csv", "text/csv")).isEqualTo(AttachmentType.CSV);
        assertThat(type(csv, "csv", "application/vnd.ms-excel")).isEqualTo(AttachmentType.CSV);
        assertThat(type("\ufeffLetter from the importer, caf\u00e9".getBytes(StandardCharsets.UTF_8), "txt", "text/plain"))
                .isEqualTo(AttachmentType.TEXT);
        assertThat(refusal(csv, "txt", "text/csv")).isEqualTo("notes.file.declaredMismatch");
        assertThat(refusal(new byte[] {0x7f, 'E', 'L', 'F', 2, 1}, "txt", null)).isEqualTo("notes.file.program");
        assertThat(refusal("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "txt", null))
                .isEqualTo("notes.file.program");
        assertThat(refusal("  <?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.US_ASCII), "txt", null))
                .isEqualTo("notes.file.markup");
        assertThat(refusal("a,b\n1,<script>x</script>\n".getBytes(StandardCharsets.US_ASCII), "csv", null))
                .isEqualTo("notes.file.markup");
        assertThat(refusal(new byte[] {'a', 0, 'b'}, "txt", null)).isEqualTo("notes.file.unknown");
        assertThat(refusal(new byte[] {(byte) 0xc3, 0x28}, "txt", null)).isEqualTo("notes.file.unknown");
        assertThat(refusal(new byte[0], "pdf", null)).isEqualTo("notes.file.empty");
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertThat(CaseNotesService.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CaseNotesService.safeFileName("C:\\Users\\x\\Scan 01 (2).PDF")).isEqualTo("Scan 01 (2).PDF");
        assertThat(CaseNotesService.safeFileName("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(CaseNotesService.safeFileName("a\u0000b\r\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(CaseNotesService.safeFileName("Zoll\u00adbescheid M\u00fcller.pdf")).isEqualTo("Zoll_bescheid M\u00fcller.pdf");
        assertThat(CaseNotesService.safeFileName(".pdf")).isEqualTo("pdf");
        assertThat(CaseNotesService.safeFileName("")).isEqualTo("attachment");
        assertThat(CaseNotesService.safeFileName(null)).isEqualTo("attachment");
        String longName = CaseNotesService.safeFileName("x".repeat(300) + ".docx");
        assertThat(longName).hasSize(200).endsWith(".docx");
        assertThat(CaseNotesService.extension("Scan.PDF")).isEqualTo("pdf");
        assertThat(CaseNotesService.extension("scan.")).isEmpty();
    }
}
