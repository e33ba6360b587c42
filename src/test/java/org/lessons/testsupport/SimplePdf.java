package org.lessons.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a one-page PDF by hand, so that a test controls every byte of it, such as its XMP metadata. */
public final class SimplePdf {

    private SimplePdf() {}

    /** A PDF with one line of text, in ASCII without parentheses or backslashes. */
    public static byte[] withText(String text) {
        return withMetadata(text, "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
    }

    /**
     * A PDF with one line of text and the given XMP packet as its metadata stream.
     *
     * @param text ASCII without parentheses or backslashes
     * @param xmp ASCII
     */
    public static byte[] withMetadata(String text, String xmp) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 6 0 R >> >> >>",
                stream("", content),
                stream("/Type /Metadata /Subtype /XML ", xmp),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String stream(String dictionary, String data) {
        return "<< " + dictionary + "/Length " + data.length() + " >>\nstream\n" + data + "\nendstream";
    }
}
