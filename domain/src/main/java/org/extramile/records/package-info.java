/**
 * What HR exports: certification records (one row per certificate) as CSV, XLSX, JSON or NDJSON, the certificates'
 * PDFs as a ZIP, and xAPI statements, each read from a database cursor and written as it is read, so an export of any
 * size runs in constant memory. Every export is audited with its filters and row count once it has been written.
 */
package org.extramile.records;
