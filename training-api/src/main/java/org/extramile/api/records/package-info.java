/** REST for HR's exports: certification records in four formats, the certificates' PDFs, xAPI statements. */
package org.extramile.api.records;
