package org.extramile.records;

/** Writes records one at a time in some format; I/O failures are unchecked, so they end the cursor's loop. */
interface RecordSink {

    void write(CertificationRecord record);

    /** Writes what closes the document and flushes it. */
    void finish();
}
