package org.lessons.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Documents that try XML external entity (XXE) attacks, one per format and way of declaring an entity. Each
 * points at a local file holding a canary and at a listener on this host; a parser that resolved any of them
 * would put the canary into the text or call the listener. The formats are those whose parsers read XML: plain
 * XML, XHTML, HTML with a DOCTYPE, SVG, the XML parts inside DOCX and ODT packages, and a PDF's XMP metadata.
 */
public final class XxeDocuments {

    /** How the document declares what it wants resolved. */
    public enum Attack {
        /** {@code <!ENTITY x SYSTEM "file:...">} used in the text: reads the canary file into the document. */
        FILE_ENTITY,
        /** {@code <!ENTITY x SYSTEM "http://127.0.0.1:...">} used in the text: calls the listener. */
        HTTP_ENTITY,
        /** {@code <!ENTITY % x SYSTEM "http://...">} expanded in the DTD: the blind, out-of-band variant. */
        PARAMETER_ENTITY,
        /** {@code <!DOCTYPE x SYSTEM "http://...">}: an external DTD fetched before any text is read. */
        EXTERNAL_DTD
    }

    /** The parts of a DOCX that get a DOCTYPE, one document each, so that refusing one cannot hide another. */
    public static final List<String> DOCX_PARTS =
            List.of(WordPackage.CONTENT_TYPES_PART, WordPackage.CORE_PART, WordPackage.DOCUMENT_PART);

    private final URI canaryFile;
    private final String listener;

    /**
     * @param canaryFile a file whose content must never reach the index
     * @param listener the base address of a listener that must never be called, such as http://127.0.0.1:4711/
     */
    public XxeDocuments(Path canaryFile, String listener) {
        this.canaryFile = canaryFile.toUri();
        this.listener = listener;
    }

    /** Writes every format with every attack into the folder; the keys name format and attack. */
    public Map<String, Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Attack attack : Attack.values()) {
            String name = attack.name().toLowerCase().replace('_', '-');
            files.put("xml " + name, write(folder.resolve(name + ".xml"), xml(attack)));
            files.put("xhtml " + name, write(folder.resolve(name + ".xhtml"), xhtml(attack)));
            files.put("html " + name, write(folder.resolve(name + ".html"), html(attack)));
            files.put("svg " + name, write(folder.resolve(name + ".svg"), svg(attack)));
            for (String part : DOCX_PARTS) {
                String suffix = part.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
                files.put(
                        "docx " + suffix + " " + name,
                        write(folder.resolve(name + "-" + suffix + ".docx"), docx(attack, part)));
            }
            files.put("pdf " + name, write(folder.resolve(name + ".pdf"), pdf(attack)));
            files.put("odt " + name, write(folder.resolve(name + ".odt"), odt(attack)));
        }
        return files;
    }

    public byte[] xml(Attack attack) {
        return utf8(prolog() + doctype("minutes", attack) + "<minutes><p>Plain XML minutes. " + use(attack)
                + "</p></minutes>");
    }

    public byte[] xhtml(Attack attack) {
        return utf8(prolog() + doctype("html", attack) + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
                + "Minutes</title></head><body><p>XHTML minutes. " + use(attack) + "</p></body></html>");
    }

    public byte[] html(Attack attack) {
        return utf8(doctype("html", attack) + "<html><head><title>Minutes</title></head><body><p>HTML minutes. "
                + use(attack) + "</p></body></html>");
    }

    public byte[] svg(Attack attack) {
        return utf8(prolog() + doctype("svg", attack) + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                + " height=\"10\"><title>Chart of the minutes " + use(attack) + "</title><text x=\"0\" y=\"5\">"
                + use(attack)
                + "</text></svg>");
    }

    /** A DOCX with the DOCTYPE in one of its parts: the content types, the core properties or the body. */
    public byte[] docx(Attack attack, String tamperedPart) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(WordPackage.CONTENT_TYPES_PART, WordPackage.CONTENT_TYPES);
        parts.put(WordPackage.RELATIONSHIPS_PART, WordPackage.RELATIONSHIPS);
        parts.put(WordPackage.CORE_PART, WordPackage.core("Minutes " + use(attack)));
        parts.put(
                WordPackage.DOCUMENT_PART,
                WordPackage.BODY_START + "Word minutes. " + use(attack) + WordPackage.BODY_END);
        parts.replaceAll(
                (name, xml) -> prolog() + (name.equals(tamperedPart) ? doctype(rootOf(xml), attack) : "") + xml);
        return zip(parts, null);
    }

    /** A PDF whose XMP metadata stream carries the DOCTYPE. */
    public byte[] pdf(Attack attack) {
        String xmp = prolog() + doctype("x:xmpmeta", attack) + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                + "Minutes " + use(attack) + "</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";
        return SimplePdf.withMetadata("PDF minutes.", xmp);
    }

    /** An ODT whose manifest, metadata and content each carry the DOCTYPE. */
    public byte[] odt(Attack attack) {
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "META-INF/manifest.xml",
                prolog() + doctype("manifest:manifest", attack)
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                        + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type="
                        + "\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path="
                        + "\"content.xml\" manifest:media-type=\"text/xml\"/><manifest:file-entry manifest:full-path="
                        + "\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        parts.put(
                "meta.xml",
                prolog() + doctype("office:document-meta", attack) + "<office:document-meta"
                        + " xmlns:office=\"" + office
                        + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version="
                        + "\"1.2\"><office:meta><dc:title>Minutes " + use(attack) + "</dc:title></office:meta>"
                        + "</office:document-meta>");
        parts.put(
                "content.xml",
                prolog() + doctype("office:document-content", attack) + "<office:document-content"
                        + " xmlns:office=\"" + office
                        + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                        + " office:version=\"1.2\"><office:body><office:text><text:p>OpenDocument minutes. "
                        + use(attack)
                        + "</text:p></office:text></office:body></office:document-content>");
        return zip(parts, "application/vnd.oasis.opendocument.text");
    }

    private String doctype(String root, Attack attack) {
        return switch (attack) {
            case FILE_ENTITY -> "<!DOCTYPE " + root + " [<!ENTITY canary SYSTEM \"" + canaryFile + "\">]>";
            case HTTP_ENTITY -> "<!DOCTYPE " + root + " [<!ENTITY canary SYSTEM \"" + listener + "entity\">]>";
            case PARAMETER_ENTITY ->
                "<!DOCTYPE " + root + " [<!ENTITY % remote SYSTEM \"" + listener + "parameter.dtd\"> %remote;]>";
            case EXTERNAL_DTD -> "<!DOCTYPE " + root + " SYSTEM \"" + listener + "external.dtd\">";
        };
    }

    private static String rootOf(String xml) {
        return xml.substring(1, xml.indexOf(' '));
    }

    private static String use(Attack attack) {
        return attack == Attack.FILE_ENTITY || attack == Attack.HTTP_ENTITY ? "Entity: &canary; end." : "";
    }

    private static String prolog() {
        return WordPackage.PROLOG;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }

    /** A zip of the parts; an OpenDocument package needs its mimetype first and stored uncompressed. */
    private static byte[] zip(Map<String, String> parts, String mimetype) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] content = utf8(mimetype);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(utf8(part.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
