package org.decl.extract;

/**
 * Text decoded from bytes.
 *
 * @param text the characters
 * @param charset the name of the character set used
 * @param guessed true when the character set was guessed from the bytes (no BOM, not UTF-8)
 */
record DecodedText(String text, String charset, boolean guessed) {}
