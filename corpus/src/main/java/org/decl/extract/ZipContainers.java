package org.decl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the zip-based formats apart by their first entries: an OOXML package has
 * [Content_Types].xml; OpenDocument and EPUB start with a stored "mimetype" entry naming the type.
 */
final class ZipContainers {

  private static final int ENTRIES_TO_LOOK_AT = 8;

  private ZipContainers() {}

  /** The format of the container, or null when it is none of these. */
  static TikaReader.Format formatOf(byte[] zip) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (int i = 0; i < ENTRIES_TO_LOOK_AT; i++) {
        ZipEntry entry = in.getNextEntry();
        if (entry == null) {
          return null;
        }
        String name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          return TikaReader.Format.OOXML;
        }
        if (name.equals("mimetype")) {
          String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
          if (type.equals("application/epub+zip")) {
            return TikaReader.Format.EPUB;
          }
          if (type.startsWith("application/vnd.oasis.opendocument.")) {
            return TikaReader.Format.ODF;
          }
          return null;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // a damaged archive: let Tika's detector and parsers say what is wrong
    }
    return null;
  }
}
