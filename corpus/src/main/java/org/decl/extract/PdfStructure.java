package org.decl.extract;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Walks a PDF's structure before its text is read, without recursion, so that depth is a limit with
 * a reason rather than a stack overflow: the page tree (at most {@value #MAX_TREE_DEPTH} levels; a
 * node reached twice is a cycle, counted, not followed), chains of references to references (at
 * most {@value #MAX_CHAIN}), and forms drawn within forms (deeper than {@value #MAX_FORM_DEPTH} is
 * noted: PDFBox does not read that far).
 */
final class PdfStructure {

  static final int MAX_TREE_DEPTH = 256;
  static final int MAX_CHAIN = 64;
  static final int MAX_FORM_DEPTH = 64;

  private static final COSName KIDS = COSName.KIDS;
  private static final COSName XOBJECT = COSName.XOBJECT;

  /**
   * What the walk found.
   *
   * @param repeatedNodes page-tree nodes reached more than once (a tree that contains itself)
   * @param formsTooDeep whether some page draws forms within forms beyond {@link #MAX_FORM_DEPTH}
   */
  record Facts(int repeatedNodes, boolean formsTooDeep) {}

  /** Metadata keys by which the PDF parser tells {@link TikaReader} what the walk found. */
  static final String REPEATED_PAGES = "decl:repeated-pages";

  static final String FORMS_TOO_DEEP = "decl:forms-too-deep";

  private PdfStructure() {}

  /** Records in the metadata what the walk and the text stripper found. */
  static void record(
      Facts facts, int repeatedPages, int pagesRead, org.apache.tika.metadata.Metadata metadata) {
    if (repeatedPages > 0 || facts.repeatedNodes() > 0) {
      metadata.set(REPEATED_PAGES, Integer.toString(Math.max(1, repeatedPages)));
      metadata.set(org.apache.tika.metadata.PagedText.N_PAGES, pagesRead);
    }
    if (facts.formsTooDeep()) {
      metadata.set(FORMS_TOO_DEEP, "true");
    }
  }

  /**
   * Checks the document's structure.
   *
   * @throws DepthLimits.Exceeded when the page tree or a reference chain is too deep
   */
  static Facts check(PDDocument document) {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSBase root = resolve(catalog.getItem(COSName.PAGES));
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {root, 1});
    int repeated = 0;
    boolean formsTooDeep = false;
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      if (!(next[0] instanceof COSDictionary node)) {
        continue;
      }
      int depth = (Integer) next[1];
      if (depth > MAX_TREE_DEPTH) {
        throw new DepthLimits.Exceeded(DepthLimits.Structure.PAGE_TREE, MAX_TREE_DEPTH);
      }
      if (!seen.add(node)) {
        repeated++;
        continue;
      }
      resolve(node.getItem(COSName.CONTENTS));
      resolve(node.getItem(COSName.RESOURCES));
      if (node.getItem(KIDS) == null) {
        checkParents(node);
        formsTooDeep = formsTooDeep || formsDeeperThanLimit(node);
      }
      if (resolve(node.getItem(KIDS)) instanceof COSArray kids) {
        for (int i = kids.size() - 1; i >= 0; i--) {
          todo.push(new Object[] {resolve(kids.get(i)), depth + 1});
        }
      }
    }
    return new Facts(repeated, formsTooDeep);
  }

  /**
   * Follows a page's chain of parents, through which it inherits its resources, its media box and
   * its rotation: no longer than the deepest page tree allowed.
   */
  private static void checkParents(COSDictionary page) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    COSBase parent = resolve(page.getItem(COSName.PARENT));
    for (int links = 0; parent instanceof COSDictionary node && seen.add(node); links++) {
      if (links >= MAX_TREE_DEPTH) {
        throw new DepthLimits.Exceeded(DepthLimits.Structure.OBJECT_CHAIN, MAX_TREE_DEPTH);
      }
      parent = resolve(node.getItem(COSName.PARENT));
    }
  }

  /**
   * The object a reference leads to, following references to references up to {@link #MAX_CHAIN}.
   */
  private static COSBase resolve(COSBase value) {
    COSBase current = value;
    for (int links = 0; current instanceof COSObject reference; links++) {
      if (links >= MAX_CHAIN) {
        throw new DepthLimits.Exceeded(DepthLimits.Structure.OBJECT_CHAIN, MAX_CHAIN);
      }
      current = reference.getObject();
    }
    return current;
  }

  /** Whether a page's forms, drawn within each other, go deeper than {@link #MAX_FORM_DEPTH}. */
  private static boolean formsDeeperThanLimit(COSDictionary page) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {resolve(page.getItem(COSName.RESOURCES)), 0});
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      int depth = (Integer) next[1];
      if (!(next[0] instanceof COSDictionary resources) || !seen.add(resources)) {
        continue;
      }
      if (!(resolve(resources.getItem(XOBJECT)) instanceof COSDictionary xobjects)) {
        continue;
      }
      for (COSName key : xobjects.keySet()) {
        if (resolve(xobjects.getItem(key)) instanceof COSStream form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
          if (depth + 1 > MAX_FORM_DEPTH) {
            return true;
          }
          todo.push(new Object[] {resolve(form.getItem(COSName.RESOURCES)), depth + 1});
        }
      }
    }
    return false;
  }
}
