package com.copydesk.ui.draft;

/**
 * One row of a draft's meta box: its label and its value as plain Java values (text, numbers,
 * lists, maps; {@link MetaText#NULL} for a JSON null inside a list or object). {@code other} marks
 * the fields the draft format does not name, shown under "Other fields".
 */
record MetaField(String label, Object value, boolean other) {
}
