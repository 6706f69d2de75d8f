package org.decl.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Generates the PDF and DOCX versions of the bundled example corpus from their sources: {@code
 * examples/sources/paris-2016/en.txt} becomes an A4 PDF with hyphenation, a running header and
 * "Page N of M" footers; {@code es.txt} becomes a Word document with a header and footer. Run by
 * {@code make corpus}.
 */
public final class MakeCorpus {

  private MakeCorpus() {}

  public static void main(String[] args) {
    Path examples = Path.of(args.length > 0 ? args[0] : "examples");
    Path target = examples.resolve("paris-2016");
    generate(examples.resolve("sources/paris-2016"), target);
    System.out.println("wrote " + target.resolve("en.pdf") + " and " + target.resolve("es.docx"));
  }

  private static Path generated;

  /**
   * A file of the bundled corpus, examples/paris-2016/NAME. Its en.pdf and es.docx are made by
   * {@code make corpus}, so a fresh clone has none: they are then made once into a temporary folder
   * (never into the source tree) and that copy is given.
   */
  public static synchronized Path example(String name) {
    Path file = Repo.file("examples/paris-2016/" + name);
    if (Files.exists(file) || !(name.equals("en.pdf") || name.equals("es.docx"))) {
      return file;
    }
    if (generated == null) {
      try {
        generated = Files.createTempDirectory("decl-examples");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      generate(Repo.file("examples/sources/paris-2016"), generated);
    }
    return generated.resolve(name);
  }

  /** Writes en.pdf and es.docx into {@code target} from en.txt and es.txt in {@code sources}. */
  public static void generate(Path sources, Path target) {
    try {
      Files.createDirectories(target);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> en = Texts.paragraphs(sources.resolve("en.txt"));
    PdfMaker.of(en)
        .heading(headings(en))
        .pageSize(PDRectangle.A4)
        .fontSize(11)
        .hyphenate(true)
        .header("Paris Declaration — 4th Global Summit of the Open Government Partnership")
        .pageNumbers(PdfMaker.PageNumbers.PAGE_OF)
        .write(target.resolve("en.pdf"));

    List<String> es = Texts.paragraphs(sources.resolve("es.txt"));
    DocxMaker.of(es)
        .heading(headings(es))
        .header("Declaración de París")
        .footer("Alianza para el Gobierno Abierto")
        .write(target.resolve("es.docx"));
  }

  /** The title lines and the capitalised section heading are typeset as headings. */
  private static int[] headings(List<String> paragraphs) {
    return java.util.stream.IntStream.range(0, paragraphs.size())
        .filter(
            i ->
                i < 2
                    || paragraphs.get(i).equals(paragraphs.get(i).toUpperCase())
                        && !paragraphs.get(i).startsWith("*"))
        .toArray();
  }
}
