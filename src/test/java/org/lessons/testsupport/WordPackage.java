package org.lessons.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a minimal Word document (DOCX), as text, for tests that build documents with one part tampered
 * with. Each part lacks its XML declaration, so that a test can put a DOCTYPE after it.
 */
public final class WordPackage {

    public static final String CONTENT_TYPES_PART = "[Content_Types].xml";
    public static final String RELATIONSHIPS_PART = "_rels/.rels";
    public static final String CORE_PART = "docProps/core.xml";
    public static final String DOCUMENT_PART = "word/document.xml";

    public static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    public static final String CONTENT_TYPES =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                    + "+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.core-properties+xml\"/></Types>";

    public static final String RELATIONSHIPS =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";

    /** The body up to where its text goes; {@link #BODY_END} closes it. */
    public static final String BODY_START =
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>";

    public static final String BODY_END = "</w:t></w:r></w:p></w:body></w:document>";

    private WordPackage() {}

    /**
     * A Word document with one paragraph of text and one custom document property, as Word writes it under File,
     * Properties, Custom (Tika reports it as {@code custom:<name>}).
     */
    public static byte[] withCustomProperty(String text, String name, String value) {
        String contentTypes = CONTENT_TYPES.replace(
                "</Types>",
                "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.custom-properties+xml\"/></Types>");
        String relationships = RELATIONSHIPS.replace(
                "</Relationships>",
                "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>");
        String custom = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"" + name + "\">"
                + "<vt:lpwstr>" + value + "</vt:lpwstr></property></Properties>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, CONTENT_TYPES_PART, contentTypes);
            part(zip, RELATIONSHIPS_PART, relationships);
            part(zip, CORE_PART, core("Minutes"));
            part(zip, "docProps/custom.xml", custom);
            part(zip, DOCUMENT_PART, BODY_START + text + BODY_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write((PROLOG + content).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static String core(String title) {
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title
                + "</dc:title></cp:coreProperties>";
    }
}
