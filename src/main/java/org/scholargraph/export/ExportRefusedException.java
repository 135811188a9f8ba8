package org.scholargraph.export;

import java.nio.file.FileSystemException;

/**
 * An export that scholargraph will not write, because writing it could destroy a file it did not
 * write: a file where the folder should be, a folder holding other files, a folder that is, holds or
 * lies inside an input. The message says what is there and what to do
 * ({@code mydata/: holds 2 files that scholargraph did not write (refs.bib, thesis.docx); choose an
 * empty or new folder}); nothing was written or removed when it is thrown.
 */
public final class ExportRefusedException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param folder the output path as the user gave it, as the message shows it ({@code exports/})
     * @param problem what is there and what to do
     */
    ExportRefusedException(String folder, String problem) {
        super(folder, null, problem);
    }
}
