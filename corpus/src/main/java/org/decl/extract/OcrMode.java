package org.decl.extract;

/** When extraction reads pages with OCR. */
public enum OcrMode {
  /** Only the pages of a PDF without a usable text layer (no letter on them): scans. */
  AUTO,
  /** Every page of a PDF, whatever its text layer holds. */
  ALWAYS,
  /** Never: a scan is reported as having no text layer. */
  NEVER
}
