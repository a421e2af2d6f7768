<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Article Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCsvExporter</name>
    <message>
        <source>article %1, %2 %3: a cell of %4 characters is longer than Excel&apos;s limit of %5 and will be cut there by Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3
Run &apos;%1 %2 --help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgraded from schema version %2 to %3; the old file was kept as %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (*.marginalia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project file with the default labels PER, LOC, ORG and MISC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, and folders searched recursively for *.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject files larger than MB megabytes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON: imported ids, rejected and skipped files with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plain-text articles. An optional first-line header &apos;date YYYY[-MM[-DD]]&apos; gives the date; the first line is the title. Encodings: UTF-8, UTF-16/32 with a byte-order mark, and legacy 8-bit encodings, detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size wants a positive number of megabytes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import failed and was undone (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) rejected</source>
        <translation>
            <numerusform>; %n file rejected</numerusform>
            <numerusform>; %n files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) skipped</source>
        <translation>
            <numerusform>; %n duplicate skipped</numerusform>
            <numerusform>; %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles: id, title, date, source, encoding, length in characters (code points) and annotation count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT ARTICLE_ID START END LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code point of the span (from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code point just after the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label name, e.g. PER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the mention to the entity NAME of the same label (created if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record NAME as the annotator (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored annotation as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the span [START, END) of an article. Offsets are Unicode code points into the stored text, as &apos;export&apos; writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing stored: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1: %2 [%3, %4) &quot;%5&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT --format csv|jsonl|texts [--out PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: one row per annotation; jsonl: one article per line with its text and annotations; texts: the stored texts, one &lt;id&gt;.txt per article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to PATH (a folder for &apos;texts&apos;) instead of standard output. Files are replaced only once complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: neutralise formula injection. Every text cell that starts with &apos;=&apos;, &apos;+&apos;, &apos;-&apos;, &apos;@&apos;, a tab or a carriage return gets a single quote (&apos;) in front, so Excel and LibreOffice show it as text instead of running it. Such a cell no longer equals text[start:end]: drop the one leading quote to get it back. Cells longer than Excel&apos;s 32,767 characters are reported. Numbers are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project. Offsets are Unicode code points into the text as stored (and as &apos;texts&apos; writes it), half-open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (csv, jsonl or texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv, jsonl or texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format texts needs --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n text file(s).
</source>
        <translation>
            <numerusform>Wrote %n text file.
</numerusform>
            <numerusform>Wrote %n text files.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Annotate news articles from the command line, in the same project files as
the Marginalia window.

Commands:
  init      Create a new, empty project file
  import    Import .txt articles from files and folders
  list      List the project&apos;s articles
  annotate  Tag a span of an article with a label
  export    Export annotations as CSV or JSONL, or the stored texts
  quotes    List the quotes, detecting them again if asked

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.

Offsets are Unicode code points into the stored article text, half-open
[start, end), as in Python&apos;s text[start:end].

Exit status: 0 when everything succeeded; 1 when something was rejected or
failed (the rest is done, one line per problem on standard error); 2 for a
usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT [--article ID] [--redetect] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the article ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the quotes again first. Quotes added or edited by hand are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {article_id, id, start, end, text, speaker, cue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the quotes (direct speech) with their speakers. Offsets are Unicode code points into the stored text, half-open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--article wants an article id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article with id %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quote detection failed and nothing was stored (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the JSONL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommands</name>
    <message>
        <source>Add Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleListModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote, speaker unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportProblemsDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list to the clipboard, one file per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln article imported</numerusform>
            <numerusform>%Ln articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the parts of an import summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) rejected</source>
        <translation>
            <numerusform>%Ln file rejected</numerusform>
            <numerusform>%Ln files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportRunner</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; removing the articles this import stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing… %L1 of %Ln file(s)</source>
        <translation>
            <numerusform>Importing… %L1 of %Ln file</numerusform>
            <numerusform>Importing… %L1 of %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelEditorDialog</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotkey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key (empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1 and its %n annotation(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Delete the label %1 and its %n annotation? Undo brings them back.</numerusform>
            <numerusform>Delete the label %1 and its %n annotations? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelPalette</name>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Article &amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark To &amp;Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n annotation(s) here</source>
        <translation>
            <numerusform>%1 · %n annotation here</numerusform>
            <numerusform>%1 · %n annotations here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded from schema version %1; the old file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this %1 annotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity (an existing name, or a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text articles (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation or Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in This &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words of the quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (a person in the article, an entity, or any name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quotes detected again in %n article(s).</source>
        <translation>
            <numerusform>Quotes detected again in %n article.</numerusform>
            <numerusform>Quotes detected again in %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSession</name>
    <message>
        <source>no label with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not migrated, the backup copy failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot; (the project has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 must be less than end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds tables but no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is read-only; Marginalia stores every edit at once and needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 belongs to article %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote with id %1 in article %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileInspector</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Marginalia project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Marginalia project (not an SQLite database at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes, shorter than its own header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes where its header promises %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer version of Marginalia (schema version %2; this version reads up to %3); please update Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Marginalia project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated or has bytes appended (%2 bytes, not a whole number of %3-byte pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>Mark as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDetection</name>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded: not valid UTF-8 and no known encoding fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (too many control characters for text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text (only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>damaged UTF-8: %n byte(s) not valid UTF-8, the first (%1) at byte offset %2</source>
        <translation>
            <numerusform>damaged UTF-8: %n byte not valid UTF-8, the first (%1) at byte offset %2</numerusform>
            <numerusform>damaged UTF-8: %n bytes not valid UTF-8, the first (%1) at byte offset %2</numerusform>
        </translation>
    </message>
    <message>
        <source>binary file (it contains NUL characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFileImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1, over the import limit of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no text after its date header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: same text as article %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsExporter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to the PNG FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
