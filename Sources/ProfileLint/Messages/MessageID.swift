/// The id of every text in a ``MessageCatalog``: report labels, the CLI's own lines and the
/// placeholders' fallbacks.
///
/// Every catalog has every id (checked by a test); a text's placeholders are the same in every language.
public enum MessageID: String, Sendable, CaseIterable {
    /// The score label of a profile.
    case score
    /// Heads the suggestions of a profile.
    case suggestionsHeading
    /// When every rule passes.
    case noSuggestions
    /// A gain of one point.
    case pointsOne
    /// A gain of several points.
    case pointsOther
    /// How many rules passed, failed and could not be checked: the three counts below.
    case tally
    /// “{count} passed”
    case passedOne
    /// “{count} passed”
    case passedOther
    /// “{count} failed”
    case failedOne
    /// “{count} failed”
    case failedOther
    /// “{count} unknown”
    case unknownOne
    /// “{count} unknown”
    case unknownOther
    /// The lowest level.
    case levelBeginner
    /// The second level.
    case levelIntermediate
    /// The third level.
    case levelAdvanced
    /// LinkedIn's All-Star level.
    case levelAllStar
    /// One profile, in the summary of several.
    case profilesOne
    /// Several profiles, in the summary of several.
    case profilesOther
    /// Follows the number of profiles in the summary.
    case summaryAverage
    /// One input that could not be read.
    case inputErrorsOne
    /// Several inputs that could not be read.
    case inputErrorsOther
    /// A suggestion after its gain, as in "+11 points: Add a photo."
    case suggestionLine
    /// A rule that the input cannot tell; {field} is the field or rule id.
    case unknownResult
    /// One phrase a text check found, quoted, in a rule message's `{found}` (`"gedreven"`); `{phrase}`.
    case foundPhrase
    /// {organisation} when no organisation is configured.
    case fallbackOrganisation
    /// {department} when the profile's department is not known.
    case fallbackDepartment
    /// {recommended_groups} when the department recommends none.
    case fallbackRecommendedGroups
    /// A choice among the recommended groups: “one of {groups}” (“'A', 'B' or 'C'”).
    case oneOfGroups
    /// Before the last item of a list of alternatives: “ or ”.
    case listOr
    /// A report's date: “{day} {month} {year}”.
    case reportDate
    /// The first day of a month in a date: “1” (French “1er”).
    case firstDayOfMonth
    /// “January” in a date.
    case monthJanuary
    /// “February” in a date.
    case monthFebruary
    /// “March” in a date.
    case monthMarch
    /// “April” in a date.
    case monthApril
    /// “May” in a date.
    case monthMay
    /// “June” in a date.
    case monthJune
    /// “July” in a date.
    case monthJuly
    /// “August” in a date.
    case monthAugust
    /// “September” in a date.
    case monthSeptember
    /// “October” in a date.
    case monthOctober
    /// “November” in a date.
    case monthNovember
    /// “December” in a date.
    case monthDecember
    // MARK: Errors and import warnings (rendered by ProfileLintError and InputWarning in the user's language)
    /// “{detail}”
    case errorDetail
    /// “{path}: cannot read: {reason}”
    case errorUnreadable
    /// “{place}: {reason}”
    case errorAtPlace
    /// “{error} (at {path})”
    case errorAtPath
    /// “{path}: unrecognised input: expected {expected}”
    case errorUnrecognisedFormat
    /// “{path}: {kind}, not a profile: expected {expected}”
    case errorNotAProfile
    /// “{path}: entry '{entry}': {reason}”
    case errorArchiveEntry
    /// “{place}: invalid rule: {reason}”
    case errorInvalidRule
    /// “{place}: invalid rule, key '{key}': {reason}”
    case errorInvalidRuleKey
    /// “{place}: invalid configuration: {reason}”
    case errorInvalidConfiguration
    /// “{place}: invalid configuration, key '{key}': {reason}”
    case errorInvalidConfigurationKey
    /// “unknown rule '{id}'”
    case errorUnknownRule
    /// “unknown rule '{id}'; did you mean '{suggestion}'?”
    case errorUnknownRuleDidYouMean
    /// “{path}: cannot write: {reason}”
    case errorCannotWrite
    /// “{count|byte|bytes}”
    case sizeBytes
    /// “{size} KB”
    case sizeKB
    /// “{size} MB”
    case sizeMB
    /// “{size} GB”
    case sizeGB
    /// “{size} TB”
    case sizeTB
    /// “contains NUL characters; not a text file”
    case errorNULCharacters
    /// “invalid UTF-16: the file has an odd number of bytes”
    case errorUTF16OddLength
    /// “invalid UTF-16 (an unpaired surrogate)”
    case errorUTF16UnpairedSurrogate
    /// “byte 0x{byte} is not UTF-8; read as Windows-1252 '{character}'”
    case warningWindows1252
    /// “byte 0x{byte} is not UTF-8; read as Windows-1252 '{character}' (and {more|more such byte|more such bytes})”
    case warningWindows1252More
    /// “the record starting on this line is longer than the limit of {limit} (limits.max_record_size)”
    case errorCSVRecordTooLong
    /// “unbalanced quote: the quoted field is never closed before the end of the file”
    case errorCSVUnbalancedQuote
    /// “unbalanced quote: the quoted field is never closed before the end of the file (the quote opens on line {line}, column {column})”
    case errorCSVUnbalancedQuoteOpensOn
    /// “invalid YAML: {detail}”
    case errorInvalidYAML
    /// “nesting deeper than {depth} levels (limits.max_depth)”
    case errorNestingTooDeep
    /// “nesting deeper than the YAML reader's limit of {depth} levels”
    case errorYAMLNestingTooDeep
    /// “duplicate key '{key}'”
    case errorDuplicateKey
    /// “YAML aliases expand to too many values”
    case errorYAMLAliasBomb
    /// “YAML aliases are not supported (an alias refers to the anchor '&{anchor}' defined here)”
    case errorYAMLAliasAnchor
    /// “keys must be plain text”
    case errorYAMLKeyNotText
    /// “YAML aliases are not supported”
    case errorYAMLAlias
    /// “found a character that cannot start any token”
    case yamlCannotStartToken
    /// “mapping values are not allowed here (is a ':' missing its space, or a value its quotes?)”
    case yamlMappingValueNotAllowed
    /// “could not find the expected ':'”
    case yamlExpectedColon
    /// “a tab character where an indentation space is expected”
    case yamlTabIndentation
    /// “did not find the expected key”
    case yamlExpectedKey
    /// “did not find the expected value”
    case yamlExpectedValue
    /// “did not find the expected '-' of a list item”
    case yamlExpectedDash
    /// “unexpected end of the file”
    case yamlUnexpectedEnd
    /// “did not find the expected ',' or ']'”
    case yamlExpectedCommaOrBracket
    /// “did not find the expected ',' or '}'”
    case yamlExpectedCommaOrBrace
    /// “unknown escape character”
    case yamlUnknownEscape
    /// “list items are not allowed here”
    case yamlSequenceNotAllowed
    /// “control characters are not allowed”
    case yamlControlCharacter
    /// “invalid UTF-8”
    case yamlInvalidUTF8
    /// “an alias refers to an anchor that is not defined”
    case yamlUndefinedAlias
    /// “the name contains a NUL character”
    case errorZIPNameNUL
    /// “symbolic links are not allowed in an export archive”
    case errorZIPSymbolicLink
    /// “absolute paths are not allowed in an export archive”
    case errorZIPAbsolutePath
    /// “absolute paths (drive letters) are not allowed in an export archive”
    case errorZIPDriveLetter
    /// “the path leaves the archive ('..')”
    case errorZIPLeavesArchive
    /// “the export's files declare {size} uncompressed, more than the limit of {limit} (limits.max_uncompressed_size)”
    case errorZIPDeclaredTooLarge
    /// “encrypted entries are not supported”
    case errorZIPEncrypted
    /// “the entry's sizes are out of range; the archive is corrupt”
    case errorZIPSizesOutOfRange
    /// “a stored entry's sizes disagree; the archive is corrupt”
    case errorZIPStoredSizesDisagree
    /// “compression method {method} is not supported (only stored and deflate)”
    case errorZIPCompressionMethod
    /// “the entry is {size|byte|bytes} but declares {declared}; the archive is corrupt”
    case errorZIPSizeMismatch
    /// “CRC-32 mismatch; the archive is corrupt or incomplete”
    case errorZIPChecksum
    /// “the entry's data lies outside the archive; the download may be incomplete”
    case errorZIPDataOutside
    /// “the compressed data ends too early; the archive is corrupt or incomplete”
    case errorZIPDataEndsEarly
    /// “'{entry}' expands beyond the limit of {limit} for the whole export (limits.max_uncompressed_size)”
    case errorZIPExpandsBeyondLimit
    /// “the entry expands beyond its declared size of {declared|byte|bytes}; the archive is corrupt or hostile”
    case errorZIPExpandsBeyondDeclared
    /// “the compressed data is corrupt”
    case errorZIPCorruptData
    /// “not a valid ZIP archive ({detail}); is the download complete?”
    case errorZIPInvalid
    /// “too short”
    case zipTooShort
    /// “no end of central directory record”
    case zipNoEndRecord
    /// “split (multi-part) ZIP archives are not supported”
    case errorZIPSplit
    /// “missing ZIP64 locator”
    case zipMissingZIP64Locator
    /// “bad ZIP64 end record”
    case zipBadZIP64EndRecord
    /// “the central directory lies outside the file”
    case zipDirectoryOutside
    /// “the entry count does not fit the central directory”
    case zipEntryCountMismatch
    /// “bad central directory entry”
    case zipBadDirectoryEntry
    /// “a central directory entry runs past its end”
    case zipDirectoryEntryTooLong
    /// “more than {size}”
    case sizeMoreThan
    /// “document is larger than 4 GB”
    case jsonLargerThan4GB
    /// “a NUL byte”
    case jsonNULByte
    /// “byte 0x{byte}”
    case jsonByte
    /// “empty document: expected a JSON value”
    case jsonEmptyDocument
    /// “the file is UTF-16; JSON must be UTF-8”
    case jsonUTF16
    /// “unexpected end of input: expected {expected}”
    case jsonUnexpectedEndExpected
    /// “expected {expected} but found {found}”
    case jsonExpectedButFound
    /// “unexpected end of input: expected a value”
    case jsonUnexpectedEndExpectedValue
    /// “expected a value but found {found}”
    case jsonExpectedValueButFound
    /// “unexpected {found} after the end of the document”
    case jsonTrailingContent
    /// “unexpected end of input: expected a key”
    case jsonUnexpectedEndExpectedKey
    /// “expected a key in double quotes but found {found}”
    case jsonExpectedKeyButFound
    /// “expected ':' after the key but found {found}”
    case jsonExpectedColonButFound
    /// “invalid literal: expected '{word}'”
    case jsonInvalidLiteral
    /// “truncated \u escape”
    case jsonTruncatedEscape
    /// “invalid \u escape”
    case jsonInvalidUnicodeEscape
    /// “invalid escape '{escape}' in a string”
    case jsonInvalidEscape
    /// “NUL byte inside a string”
    case jsonNULInString
    /// “unescaped control character in a string”
    case jsonControlCharacterInString
    /// “unterminated string”
    case jsonUnterminatedString
    /// “invalid UTF-8 byte 0x{byte}”
    case jsonInvalidUTF8Byte
    /// “truncated UTF-8 sequence”
    case jsonTruncatedUTF8
    /// “invalid UTF-8 sequence”
    case jsonInvalidUTF8
    /// “invalid number”
    case jsonInvalidNumber
    /// “invalid number: expected digits after '.'”
    case jsonDigitsAfterPoint
    /// “invalid number: expected digits in the exponent”
    case jsonDigitsInExponent
    /// “number is too long”
    case jsonNumberTooLong
    /// “null”
    case typeNull
    /// “a boolean”
    case typeBoolean
    /// “a number”
    case typeNumber
    /// “a string”
    case typeString
    /// “an array”
    case typeArray
    /// “an object”
    case typeObject
    /// “profilelint profile JSON or YAML (keys such as headline, positions), JSON Resume (basics, work), a profile card (profilelint_card), JSON Lines of these, a LinkedIn data export (ZIP or folder), or LinkedIn's profile PDF”
    case expectedProfileFormats
    /// “cannot list the folder”
    case errorCannotListFolder
    /// “input is larger than the limit of {limit} (limits.max_file_size)”
    case errorStandardInputTooLarge
    /// “no importer reads --input-format {format}”
    case errorNoImporterForFormat
    /// “an empty file”
    case kindEmptyFile
    /// “a PNG image”
    case kindPNG
    /// “a JPEG image”
    case kindJPEG
    /// “a GIF image”
    case kindGIF
    /// “a gzip archive”
    case kindGzip
    /// “an old Microsoft Office document”
    case kindOldOffice
    /// “an RTF document”
    case kindRTF
    /// “{path}: not a LinkedIn data export (no export file opens with LinkedIn's header) but a folder of {count|profile file|profile files}: use `profilelint batch {path}`, or a glob such as {path}/*.json”
    case errorFolderOfProfiles
    /// “invalid JSON: {detail}”
    case errorInvalidJSON
    /// “expected a profile object but found {found}”
    case errorExpectedProfileObject
    /// “line is {size}, longer than the limit of {limit} (limits.max_record_size)”
    case errorLineTooLongSized
    /// “a file in the {format} format, not a folder”
    case expectedFileNotFolder
    /// “a LinkedIn data export (a folder or ZIP archive with files such as Profile.csv, Positions.csv or Connections.csv)”
    case expectedLinkedInExport
    /// “expected {expected} but found {found}”
    case errorExpectedButFound
    /// “expected a whole number but found {found}”
    case errorExpectedWholeNumberFound
    /// “number {number} is out of range (expected {lowest}…{highest})”
    case errorNumberOutOfRange
    /// “expected a date as YYYY, YYYY-MM or YYYY-MM-DD but found "{found}"”
    case errorExpectedISODate
    /// “unknown key '{key}'; did you mean '{suggestion}'?”
    case warningUnknownKeyDidYouMean
    /// “unknown key '{key}'; it is ignored”
    case warningUnknownKeyIgnored
    /// “duplicate key '{key}' at {first} and {second}; the last value is used”
    case warningDuplicateKey
    /// “a string”
    case expectString
    /// “a whole number”
    case expectWholeNumber
    /// “an object (one resume)”
    case expectOneResume
    /// “an object (one job)”
    case expectOneJob
    /// “an object (one school)”
    case expectOneSchool
    /// “an object (one profile)”
    case expectOneProfile
    /// “true, false or an image URL”
    case expectPhoto
    /// “a string or an object with a name”
    case expectNameOrObject
    /// “an object (one position)”
    case expectOnePosition
    /// “a string or an object (one school)”
    case expectSchoolOrObject
    /// “an object (one connection)”
    case expectOneConnection
    /// “an object (one item)”
    case expectOneItem
    /// “no '{column}' column”
    case exportNoColumn
    /// “no header LinkedIn writes”
    case exportNoLinkedInHeader
    /// “not a text file”
    case exportNotText
    /// “not LinkedIn's {file} ({missing}), so the folder is not a LinkedIn data export”
    case errorFolderNotAnExport
    /// “not LinkedIn's {file} ({missing})”
    case errorNotLinkedInsFile
    /// “contains NUL bytes; not a text file”
    case errorNULBytes
    /// “{reason}; it is skipped”
    case warningExportFileSkipped
    /// “{count} row has no Name, so it is not counted”
    case warningExportRowNoNameOne
    /// “{count} rows have no Name, so they are not counted”
    case warningExportRowNoNameOther
    /// “{count} row has nothing filled in but dates, so it is not counted”
    case warningExportRowOnlyDatesOne
    /// “{count} rows have nothing filled in but dates, so they are not counted”
    case warningExportRowOnlyDatesOther
    /// “no column {columns}, so {fact} are not known from this file”
    case warningExportMissingColumn
    /// “Profile.csv has {count|row|rows}; only the first is read”
    case warningExportProfileRows
    /// “unrecognised date '{date}' in {column} (expected Mon YYYY or YYYY); the position is kept as a past one”
    case warningExportEndDate
    /// “unrecognised date '{date}' in {column} (expected Mon YYYY or YYYY); it is ignored”
    case warningExportDate
    /// “a LinkedIn data export ZIP archive”
    case expectedLinkedInArchive
    /// “skills”
    case factSkills
    /// “languages”
    case factLanguages
    /// “certifications”
    case factCertifications
    /// “positions”
    case factPositions
    /// “schools”
    case factSchools
    /// “groups”
    case factGroups
    /// “{count} item in {section} has nothing filled in and is not counted”
    case warningBlankItemsOne
    /// “{count} items in {section} have nothing filled in and are not counted”
    case warningBlankItemsOther
    /// “the position is kept as a past one”
    case consequencePastPosition
    /// “the school is taken as finished”
    case consequenceSchoolFinished
    /// “the start is unknown”
    case consequenceStartUnknown
    /// “the start is unknown and {consequence}”
    case consequenceStartUnknownAnd
    /// “it is left unknown”
    case consequenceLeftUnknown
    /// “unrecognised date '{date}'”
    case dateUnrecognised
    /// “unrecognised start '{part}' in date '{date}'”
    case dateUnrecognisedStart
    /// “unrecognised end '{part}' in date '{date}'”
    case dateUnrecognisedEnd
    /// “{outcome} (expected a range such as Jan 2020 - Present or 2019 - 2021); {consequence}”
    case warningDateRange
    /// “an entry with nothing filled in is not counted”
    case warningBlankEntriesOne
    /// “{count} entries with nothing filled in are not counted”
    case warningBlankEntriesOther
    /// “ambiguous date {date} (day and month could be either way round; write YYYY-MM-DD); {consequence}”
    case warningAmbiguousDate
    /// “unrecognised date {date} (expected YYYY-MM-DD, MM/YYYY or a month and year); {consequence}”
    case warningUnrecognisedResumeDate
    /// “missing '{key}'”
    case errorMissingKey
    /// “no such file or folder”
    case systemNoSuchFile
    /// “permission denied”
    case systemPermissionDenied
    /// “no space left on the device”
    case systemNoSpace
    /// “the file system is read-only”
    case systemReadOnly
    /// “a part of the path is not a folder”
    case systemNotAFolder
    /// “is a folder”
    case systemIsAFolder
    /// “the disk quota is exceeded”
    case systemQuota
    /// “is a folder, not a file”
    case errorFolderNotFile
    /// “not a regular file”
    case errorNotARegularFile
    /// “file is {size}, larger than the limit of {limit} (limits.max_file_size)”
    case errorFileTooLarge
    /// “file is larger than the limit of {limit} (limits.max_file_size)”
    case errorFileGrewTooLarge
    /// “invalid UTF-8 (byte {byte})”
    case errorInvalidUTF8AtByte
    /// “cannot create a file in {folder}”
    case errorCannotCreateFileIn
    /// “cannot create the folder {folder}”
    case errorCannotCreateFolder
    /// “cannot read the scratch file back”
    case errorCannotReadScratchFile
    /// “it is inside the input folder {input}, whose files are read as profiles; write the report elsewhere”
    case errorOutputInsideInputFolder
    /// “it is the input {input}, which would be overwritten; write the report elsewhere”
    case errorOutputIsInput
    /// “a report from 'profilelint batch --format json' (with a summary)”
    case expectedBatchReport
    /// “no such file or folder (roster {roster})”
    case errorRosterProfileMissing
    /// “symbolic link loop (already visited {path})”
    case errorSymbolicLinkLoop
    /// “broken symbolic link”
    case errorBrokenSymbolicLink
    /// “read error at line {line}”
    case errorReadErrorAtLine
    /// “line is longer than the limit of {limit} (limits.max_record_size)”
    case errorLineTooLong
    /// “missing”
    case errorMissing
    /// “expected true or false”
    case errorExpectedBoolean
    /// “expected a whole number from 0 to 100”
    case errorExpectedWeight
    /// “expected a mapping (or nothing)”
    case errorExpectedMappingOrNothing
    /// “unknown key; expected 'passing', 'failing' or 'unknown'”
    case errorUnknownExampleKey
    /// “unknown key; expected 'name' or 'aliases'”
    case errorUnknownKeyAccountKey
    /// “needs both 'field' and 'other'”
    case errorNeedsFieldAndOther
    /// “missing; every text needs English ('en'), the fallback of every language”
    case errorMissingEnglish
    /// “ids are lower-case words joined by '-'”
    case errorRuleIDFormat
    /// “expected off, on, a severity or a mapping”
    case errorExpectedRuleSetting
    /// “expected a whole number”
    case errorExpectedWholeNumber
    /// “expected a whole number of at least 0”
    case errorExpectedNonNegative
    /// “expected a whole number from 1 to 10000”
    case errorExpectedDepth
    /// “expected a size such as 256MB or 1GB”
    case errorExpectedSize
    /// “expected a regular expression”
    case errorExpectedRegex
    /// “expected a percentage such as {example}”
    case errorExpectedPercentage
    /// “expected a percentage from 0% to 100%”
    case errorExpectedPercentageRange
    /// “expected a non-empty list of example profiles”
    case errorExpectedExamples
    /// “expected a non-empty list of checks”
    case errorExpectedChecks
    /// “expected a mapping”
    case errorExpectedMapping
    /// “expected a mapping with name, aliases and page”
    case errorExpectedOrganisation
    /// “expected a mapping with exactly one check, such as 'present: headline'”
    case errorExpectedOneCheck
    /// “expected a mapping with exactly one check (and an optional message), such as 'present: headline'”
    case errorExpectedOneCheckAndMessage
    /// “expected a mapping with 'passing' and 'failing' example profiles”
    case errorExpectedExampleMapping
    /// “expected a mapping with 'groups' and 'template', or a list of groups”
    case errorExpectedDepartment
    /// “expected a mapping with 'field' and 'value'”
    case errorExpectedFieldAndValue
    /// “expected a mapping with 'field' and 'regex'”
    case errorExpectedFieldAndRegex
    /// “expected a mapping with 'field' and 'other'”
    case errorExpectedFieldAndOther
    /// “expected a mapping of settings such as organisation and departments”
    case errorExpectedConfiguration
    /// “expected a mapping from rule id to off, a severity, or {severity, weight}”
    case errorExpectedRules
    /// “expected a mapping from department name to its groups”
    case errorExpectedDepartments
    /// “expected a list”
    case errorExpectedList
    /// “expected a list of company names”
    case errorExpectedKeyAccounts
    /// “expected a field name”
    case errorExpectedFieldName
    /// “expected a company name or a mapping with name and aliases”
    case errorExpectedKeyAccount
    /// “expected a URL”
    case errorExpectedURL
    /// “each example is a profile mapping (use {} for an empty profile)”
    case errorExampleNotMapping
    /// “departments and key_accounts need an organisation with a name”
    case errorOrganisationNeeded
    /// “a rule file must be a mapping of keys such as id, check and message”
    case errorRuleNotMapping
    /// “; did you mean '{suggestion}'?”
    case hintDidYouMean
    /// “embedded rule is not valid JSON: {detail}”
    case errorEmbeddedRuleJSON
    /// “rule id '{id}' is also defined in {other}”
    case errorDuplicateRuleID
    /// “not a readable folder of rule files”
    case errorRulesFolderUnreadable
    /// “the folder holds no rule files (*.yml)”
    case errorRulesFolderEmpty
    /// “unknown key{hint}”
    case errorUnknownKeyHint
    /// “the id '{id}' must equal the file name '{file}'”
    case errorRuleIDFileName
    /// “expected error, warning or info but found '{found}'”
    case errorExpectedSeverity
    /// “expected text but found {found}”
    case errorExpectedTextFound
    /// “expected text or a mapping of languages ({languages}) to texts”
    case errorExpectedLocalizedText
    /// “unknown language '{code}'{hint}; expected {languages}”
    case errorUnknownLanguage
    /// “unknown placeholder '{placeholder}'; use {<field>.length}, {<field>.count}, {<field>.value} (each may add '|singular|plural'), {organisation}, {department}, {recommended_groups} or {found}”
    case errorUnknownPlaceholder
    /// “missing; every rule needs at least one passing example”
    case errorMissingPassingExample
    /// “missing; every rule needs at least one failing example”
    case errorMissingFailingExample
    /// “unknown field '{field}'{hint}”
    case errorUnknownField
    /// “'{field}' is {kind}; this check needs {needed}”
    case errorFieldKind
    /// “unknown parameter{hint}”
    case errorUnknownParameter
    /// “unknown check '{check}'{hint}”
    case errorUnknownCheck
    /// “a text field”
    case fieldKindText
    /// “a yes-or-no field”
    case fieldKindFlag
    /// “a number field”
    case fieldKindNumber
    /// “a list field”
    case fieldKindList
    /// “{items}”
    case alternativesList
    /// “expected {languages} but found '{found}'”
    case errorExpectedLanguage
    /// “expected off, on, error, warning or info but found '{found}'”
    case errorExpectedRuleSettingFound
    /// “; 'profilelint rules' lists the rules”
    case hintRulesCommand
    /// “no rule '{id}'{hint}”
    case errorNoSuchRule
    /// “the roster needs the columns {columns}; '{column}' is missing”
    case errorRosterColumns
    /// “employee_id is empty”
    case errorRosterEmptyID
    /// “employee_id '{id}' is also on line {line}”
    case errorRosterDuplicateID
    /// “'{regex}' is not a valid regular expression”
    case errorInvalidRegex
    /// “error: {message}”
    case cliErrorLine
    /// “warning: {message}”
    case cliWarningLine
    /// “note: {message}”
    case cliNoteLine
    /// “standard output”
    case cliStandardOutput
    /// “{message}; see '{help}'”
    case cliSeeHelp
    /// “--min-score must be between 0 and 100”
    case cliMinScoreRange
    /// “Give at least one profile to check (or '-' for standard input)”
    case cliCheckNeedsInput
    /// “Give folders, files or a --roster to score”
    case cliBatchNeedsInput
    /// “--jobs must be at least 1”
    case cliJobsAtLeastOne
    /// “--anonymise and --per-employee do not go together: the pages are for each employee”
    case cliAnonymiseWithPages
    /// “--per-employee {path} is a file; give a folder (it is created when missing)”
    case cliPerEmployeeIsFile
    /// “--anonymise gives department figures; the {format} format has one row per employee (use text, json or html)”
    case cliAnonymiseFormat
    /// “',' or '}'”
    case jsonCommaOrBrace
    /// “',' or ']'”
    case jsonCommaOrBracket
    /// “did not find the expected start of a document”
    case yamlExpectedDocumentStart
    /// “a PDF document (LinkedIn's profile PDF)”
    case expectedPDFProfile
    /// “a PDF without text (a scanned image?): profilelint reads the text of LinkedIn's profile PDF (More → Save to PDF on the profile)”
    case errorPDFWithoutText
    /// “a PDF document, not LinkedIn's profile PDF (More → Save to PDF on the profile)”
    case errorPDFNotLinkedIn
    /// “reading PDF profiles needs poppler (apt-get install poppler-utils / brew install poppler)”
    case errorPDFPopplerNeeded
    /// “an encrypted PDF (a password or a ban on copying its text): save the profile to PDF again from LinkedIn”
    case errorPDFEncrypted
    /// “a damaged PDF that poppler cannot read ({detail})”
    case errorPDFDamaged
    /// “reading the PDF took longer than the limit of {seconds} s (limits.max_pdf_seconds)”
    case errorPDFTookTooLong
    /// “the PDF holds more text than the limit of {limit} (limits.max_pdf_text_size)”
    case errorPDFTooMuchText
    /// “pdftotext (poppler) could not be started: {reason}”
    case errorPDFCannotRun
    /// “no 'basics': 'personal' is read in its place”
    case warningPersonalForBasics
    /// “no 'basics': name, headline, summary, location, photo and profile URL are unknown”
    case warningNoBasics
    /// “'works' is read as JSON Resume's 'work'”
    case warningWorksAsWork
    /// “'languages' is one object, not a list: read as one language”
    case warningLanguagesOneObject
    /// “'languages' is an object, not a list: each key is read as a language, its value as the fluency”
    case warningLanguagesMap
    /// “'languages' is an object around a list: the list in 'language' is read”
    case warningLanguagesWrapped
    /// “'skills' is one object, not a list: read as one skill entry”
    case warningSkillsOneObject
    /// “'skills' is an object, not a list: the skills listed under each key are read (a key with one value is read as a skill)”
    case warningSkillsGroups
    /// “a profile card”
    case expectProfileCard
    /// “profile card version {found} is not one this profilelint reads ({version})”
    case errorCardVersion
    /// “a profile card without its "facts"”
    case errorCardWithoutFacts
    /// “an object of facts”
    case expectFactsObject
    /// “true, "absent" or null”
    case expectFlagFact
    /// “a whole number, "absent" or null”
    case expectCountFact
    /// “a date such as 2024-05-01, "absent" or null”
    case expectDateFact
    /// “true or false”
    case expectBoolean
    /// “an object (companies, without_company)”
    case expectConnectionsObject
    /// “an object with company and count”
    case expectCompanyAndCount
    /// “a date such as 2024-05-01”
    case expectDate
    /// “ambassadors and group_discovery need an organisation with a name and departments”
    case errorOrganisationNeededForAmbassadors
    /// “; expected {items}”
    case hintExpected
    /// “cannot read the template: {reason}”
    case errorCannotReadTemplate
    /// “the template {template} has no headline, About or current role description to quote”
    case warningEmptyTemplate
    /// “the template holds no profile”
    case errorTemplateEmpty
    /// “a template is one profile, but the file holds {count}”
    case errorTemplateSeveral
    /// “expected a whole number of seconds from {lowest} to {highest}”
    case errorExpectedSecondsRange
    /// “expected a whole number from {lowest} to {highest}”
    case errorExpectedWholeNumberRange
    /// “expected a mapping such as {example}”
    case errorExpectedMappingSuchAs
    /// “expected a mapping of word lists, such as '{example}'”
    case errorExpectedWordLists
    /// “unknown word list '{name}'{hint}”
    case errorUnknownWordList
    /// “expected a mapping with 'add' and/or 'remove'”
    case errorExpectedAddRemove
    /// “expected a mapping of languages ({languages}) to phrases”
    case errorExpectedLanguagesToPhrases
    /// “expected 'detect' (the default) or 'any'”
    case errorExpectedDetectOrAny
    /// “missing; name a word list such as 'buzzwords'”
    case errorMissingWordList
    /// “expected the name of a word list”
    case errorExpectedWordListName
    /// “expected the name of a word list or a list of names”
    case errorExpectedWordListNames
    /// “expected a whole number of at least 1”
    case errorExpectedPositive
    /// “expected a share from 0 to 1, such as 0.5”
    case errorExpectedShare
    /// “expected a mapping with 'field' and 'list'”
    case errorExpectedFieldAndList
    /// “expected a mapping with 'length' and 'check'”
    case errorExpectedLengthAndCheck
    /// “a prefix applies to a text check (no-phrases, any-phrases, min-results or min-share-action), not '{check}'”
    case errorPrefixNeedsTextCheck
    /// “expected a mapping with 'field' and 'years' or 'months'”
    case errorExpectedFieldAndAge
    /// “expected a mapping with 'field' and 'letters'”
    case errorExpectedFieldAndLetters
    /// “give the age as 'years' or 'months'”
    case errorAgeYearsOrMonths
    /// “a date field”
    case fieldKindDate
    /// “expected {categories} but found {found}{hint}”
    case errorExpectedCategory
    /// “only completeness rules can be All-Star criteria (LinkedIn's profile-strength items); this rule's category is '{category}'”
    case errorAllStarNeedsCompleteness
    /// “a profilelint run history (this SQLite database is another program's)”
    case expectedHistory
    /// “a profilelint run history (a SQLite database)”
    case expectedHistoryDatabase
    /// “written by a newer profilelint (schema version {version}, this one reads up to {supported}); upgrade profilelint”
    case errorHistoryNewer
    /// “locked by another run; try again when it has finished”
    case errorLockedByAnotherRun
    /// “profilelint's card store (this SQLite database is another program's)”
    case expectedCardStore
    /// “written by a newer profilelint; upgrade profilelint”
    case errorNewerProfileLint
    /// “--port must be between 0 and 65535”
    case cliPortRange
    /// “--uploads-per-minute must be at least 1”
    case cliUploadsPerMinute
    /// “--department needs a department's name”
    case cliDepartmentNeedsName
    /// “no department '{name}' in {file}{hint}”
    case cliNoSuchDepartment
    /// “the configuration”
    case cliTheConfiguration
    /// “; it lists {items}”
    case hintItLists
    // MARK: End of errors and import warnings
    /// Under a workforce report's title: “generated on {date}”.
    case generatedOn
    /// The employee's department on their page.
    case pageDepartment
    /// An employee on the roster without an export.
    case pageMissingProfile
    /// An employee whose profile could not be read.
    case pageUnreadable
    /// The score line of a page; {score} is the score and level.
    case pageScore
    /// Heads the suggestions on a page.
    case pageSuggestionsHeading
    /// “Nothing in your profile could be checked from this source ({unknown} rules unknown).”
    case pageNothingChecked
    /// The title of the workforce report.
    case workforceReport
    /// “Overview”
    case overview
    /// “Scores”
    case scores
    /// “Rules”
    case rulesHeading
    /// “Departments”
    case departmentsHeading
    /// “Network coverage”
    case networkCoverage
    /// “Employees”
    case employeesHeading
    /// “Change”
    case change
    /// Followed by the version.
    case generatedByPrefix
    /// “Sections”
    case sections
    /// “Scored”
    case scoredHeading
    /// Follows a percentage.
    case ofEmployeesSuffix
    /// “Missing profiles”
    case missingProfiles
    /// “Errors”
    case errorsHeading
    /// “inputs that could not be read”
    case inputsNotReadNote
    /// “Average score”
    case averageScore
    /// “out of 100”
    case outOf100
    /// “Median score”
    case medianScore
    /// “Levels”
    case levels
    /// “below 50 · beginner”
    case legendBandLow
    /// “50–79 · intermediate”
    case legendBandMid
    /// “80–100 · advanced or all-star”
    case legendBandHigh
    /// “Score distribution”
    case scoreDistribution
    /// “Scored profiles per band of ten points.”
    case scoresCaption
    /// “No rules were applied.”
    case noRules
    /// “pass”
    case legendPass
    /// “fail”
    case legendFail
    /// “unknown”
    case legendUnknown
    /// “Each bar is the pass rate among the profiles where the rule could be checked; the profiles where it is unknown are counted apart.”
    case rulesCaption
    /// “Biggest improvements across the organisation”
    case biggestImprovements
    /// “Points gained if every employee who fails the rule fixed it.”
    case improvementsHint
    /// “Rule”
    case rule
    /// “Points”
    case pointsHeading
    /// “Employees failing”
    case employeesFailing
    /// “No departments are known.”
    case noDepartments
    /// “Department”
    case departmentHeading
    /// “Scored / employees”
    case scoredEmployees
    /// “Missing”
    case missingHeading
    /// “Most joined groups”
    case mostJoinedGroups
    /// “Groups with the most members across the workforce.”
    case topGroupsHint
    /// “Group”
    case group
    /// “Members”
    case members
    /// “Recommended groups (share of each department)”
    case recommendedGroupsShare
    /// “No recommended groups are configured.”
    case noRecommendedGroups
    /// “unknown: no member's groups are known”
    case heatMapUnknown
    /// “not recommended for the department”
    case heatMapNotRecommended
    /// “Each cell: members of the group among the department's employees whose groups are known.”
    case heatMapCaption
    /// “Key accounts”
    case keyAccounts
    /// “No key accounts are configured.”
    case noKeyAccounts
    /// “Distinct connections working at each key account (its aliases included), and the departments that reach them; …”
    case keyAccountsCaption
    /// “Employer named”
    case employerNamed
    /// “Scored employees whose current position names the organisation.”
    case employerNamedHint
    /// “Spelling”
    case spelling
    /// “Possible misspellings”
    case possibleMisspellings
    /// “Employer as written”
    case employerAsWritten
    /// “Reach”
    case reach
    /// “distinct connections”
    case distinctConnections
    /// “Companies reached most”
    case companiesReachedMost
    /// “Connections”
    case connections
    /// “Employees to help first”
    case employeesToHelpFirst
    /// “Nobody needs help right now.”
    case nobodyNeedsHelp
    /// “Employee”
    case employee
    /// “Score”
    case scoreHeading
    /// “Level”
    case levelHeading
    /// “Best next step”
    case bestNextStep
    /// “Potential”
    case potential
    /// “Every employee on the roster has a profile.”
    case noMissingProfiles
    /// “Inputs that could not be read”
    case inputsNotReadHeading
    /// “Every input could be read.”
    case noInputErrors
    /// “Input”
    case input
    /// “Problem”
    case problem
    /// Above the trend: “Compared with the report of {date}.”
    case comparedWithReport
    /// “Average score”
    case averageScorePrefix
    /// “Before”
    case before
    /// “After”
    case after
    /// “Rule (pass rate)”
    case rulePassRate
    /// “Change since the previous report”
    case changeSinceTheBaseline
    /// “employees”
    case employeesLower
    /// “Employees per score band:”
    case histogramDescriptionPrefix
    /// “Pass rate per rule”
    case passRatePerRule
    /// “Pass rate per rule (pass / fail / unknown):”
    case rulesChartDescriptionPrefix
    /// “rule”
    case ruleLower
    /// “profiles”
    case profiles
    /// “pass rate”
    case passRateAxis
    /// “pass / fail / unknown”
    case passFailUnknownAxis
    /// “checked profiles”, above the rule bars, whose length is the pass rate among them
    case checkedProfilesAxis
    /// “pass rate”
    case passRateLowerPrefix
    /// “Recommended groups per department”
    case recommendedGroupsPerDepartment
    /// “not recommended”
    case notRecommended
    /// “white spot: no department reaches it”
    case whiteSpot
    /// “Key-account reach”
    case keyAccountReach
    /// “scored”
    case scoredLower
    /// “missing profiles”
    case missingProfilesLower
    /// “errors”
    case errorsLower
    /// “average score”
    case averageScoreLower
    /// “median”
    case median
    /// “Score distribution:”
    case scoreDistributionColon
    /// “Rules (pass / fail / unknown, pass rate)”
    case rulesTallyHeading
    /// “average”
    case averagePrefix
    /// “scored”
    case scoredPrefix
    /// “missing”
    case missingPrefix
    /// “errors”
    case errorsPrefix
    /// “Employer named:”
    case employerNamedColon
    /// “spellings:”
    case spellingsColon
    /// “possible misspellings:”
    case possibleMisspellingsColon
    /// “Recommended groups (share of each department):”
    case recommendedGroupsShareColon
    /// “Most joined groups:”
    case mostJoinedGroupsColon
    /// “Reach:”
    case reachColon
    /// “companies reached most:”
    case companiesReachedMostColon
    /// “Key accounts (distinct connections; a connection shared by two departments counts in both):”
    case keyAccountsColon
    /// Heads the trend in text: “Change since the report of {date}”
    case changeSinceReport
    /// After check --share: “wrote the profile card {path}: send it to HR”
    case cliWroteCard
    /// “--share writes the card of one profile; {paths} holds {count}”
    case cliShareNeedsOneProfile
    /// “Progress over the recorded runs”
    case historyHeading
    /// The history's link in the HTML report's navigation: “Progress”
    case historyNavigation
    /// “Per department, each run recorded with --history: the average score and the share of employees naming the employer.”
    case historyNote
    /// Under the text table: “Each cell: average score · employer named”
    case historyCellLegend
    /// “Average score (0–100)”
    case historyScoreSeries
    /// “Employer named (0–100%)”
    case historyShareSeries
    /// “{department}: average score and share naming the employer in each recorded run from {first} to {last}.”
    case historyChartDescription
    /// “This is the first recorded run: the trend shows from the next run on.”
    case historyFirstRun
    /// “average score”
    case averageScoreLowerPrefix
    /// “White spot: {count} (no department reaches it).”
    case whiteSpotsOne
    /// “White spots: {count} (no department reaches them).”
    case whiteSpotsOther
    /// “From {count} employee whose export lists their connections.”
    case reachHintOne
    /// “From {count} employees whose export lists their connections.”
    case reachHintOther
    /// “Generated by profilelint {version}. This report contains personal data of employees: share it only with the people who need it.”
    case footer
    /// “{count} connection”
    case connectionsOne
    /// “{count} connections”
    case connectionsOther
    /// “… and {count} more; the JSON and CSV reports list everyone.”
    case moreRows
    /// “{count} employee”
    case employeesOne
    /// “{count} employees”
    case employeesOther
    /// “{connections} distinct connections from {count} employee”
    case reachSummaryOne
    /// “{connections} distinct connections from {count} employees”
    case reachSummaryOther
    /// “RULE”
    case columnRule
    /// “SEVERITY”
    case columnSeverity
    /// “WEIGHT”
    case columnWeight
    /// “ALL-STAR”
    case columnAllStar
    /// “DESCRIPTION”
    case columnDescription
    /// “yes”
    case yes
    /// “no”
    case no
    /// “error”
    case severityError
    /// “warning”
    case severityWarning
    /// “info”
    case severityInfo
    /// “{count} rule, total weight {weight}. Run 'profilelint explain <rule>' for its details.”
    case rulesFooterOne
    /// “{count} rules, total weight {weight}. Run 'profilelint explain <rule>' for the details of one.”
    case rulesFooterOther
    /// “Why it matters:”
    case explainWhy
    /// “Severity:”
    case explainSeverity
    /// “Weight:”
    case explainWeight
    /// “All-Star:”
    case explainAllStar
    /// “Help:”
    case explainHelp
    /// The weight of a rule worth one point.
    case weightOne
    /// The weight of a rule worth several points.
    case weightOther
    /// “yes, one of LinkedIn's All-Star criteria”
    case explainAllStarYes
    /// “Check:”
    case explainCheck
    /// “Message ({language}):”
    case explainMessage
    /// “Suggestion ({language}):”
    case explainSuggestion
    /// “Examples:”
    case explainExamples
    /// “passes:”
    case explainPasses
    /// “fails:”
    case explainFails
    /// “unknown:”
    case explainUnknown
    /// “wrote {path} ({count} employee)”
    case cliWroteBatchOne
    /// “wrote {path} ({count} employees)”
    case cliWroteBatchOther
    /// “wrote {path}: set your organisation, departments and key accounts, then run 'profilelint batch'”
    case cliWroteConfiguration
    /// “{path} already exists; use --force to overwrite it”
    case cliAlreadyExists
    /// “{done}/{total} inputs · {profiles} profiles · {rate}/s · {eta} left”
    case cliProgress
    /// “wrote {path} ({count} profile)”
    case cliWroteCheckOne
    /// “wrote {path} ({count} profiles)”
    case cliWroteCheckOther
    /// “using configuration {path}”
    case cliConfigurationUsed
    /// “no configuration found; employer and groups checked loosely”
    case cliNoConfiguration
    /// “no profiles found in {path}”
    case cliNoProfilesFound
    /// “unknown command '{typed}'; did you mean '{meant}'?”
    case cliUnknownCommand
    /// “{source} scores {score}, below the minimum {minimum}”
    case cliBelowMinimumScore
    /// “Help per department (anonymised)”
    case helpByDepartment
    /// “No names or ids: each department's employees who would gain points, and the points their suggestions would add.”
    case helpByDepartmentNote
    /// “To help”
    case toHelpHeading
    /// “Points in all”
    case pointsInAllHeading
    /// “{department}: {count} employee to help, {points} in all”
    case helpLineOne
    /// “{department}: {count} employees to help, {points} in all”
    case helpLineOther
    /// “{checked} of {total} rules checked ({percent} of the weight)”
    case coverageChecked
    /// “no level: {checked} of {total} rules could be checked ({percent} of the weight; {minimum} needed)”
    case noLevelPartly
    /// “nothing could be checked: {unknown} rules unknown”
    case nothingChecked
    /// “Nothing to improve in what could be checked; the rest is not known from this source.”
    case nothingToImproveInChecked
    /// The warning on a profile PDF that lists its top skills only: “… at least {listed} …”
    case pdfTopSkillsOnly
    /// The warning on a profile PDF about the facts it never shows (photo, connections, …).
    case pdfFactsNotShown
    /// “partly assessable”
    case partlyAssessable
    /// “not assessable”
    case notAssessable
    /// “no level: too little of the profile could be checked; not in the averages”
    case partlyAssessableNote
    /// “nothing could be checked; not in the averages”
    case notAssessableNote
    /// Heads the internal ambassadors.
    case ambassadorsHeading
    /// Who is an ambassador: {organisation}, {connections} (a number).
    case ambassadorsCriteria
    /// Why an employee is an ambassador: {level}, {employer}, {group}, {connections} (“129 connections”).
    case ambassadorReason
    /// A department without ambassadors.
    case noAmbassadors
    /// One qualifying employee the roster excludes.
    case ambassadorsExcludedOne
    /// Several qualifying employees the roster excludes.
    case ambassadorsExcludedOther
    /// One more qualifying employee than listed.
    case ambassadorsMoreOne
    /// More qualifying employees than listed.
    case ambassadorsMoreOther
    /// One ambassador (anonymised report).
    case ambassadorCountOne
    /// Several ambassadors (anonymised report).
    case ambassadorCountOther
    /// Why an anonymised report shows counts only.
    case ambassadorsAnonymisedNote
    /// Heads the coaching pairs.
    case coachingHeading
    /// How coaches are chosen: {count} colleagues per coach.
    case coachingCriteria
    /// A coaching pair in the text report: {coach}.
    case coachedBy
    /// Employees to help first for whom no coach was free: {employees}.
    case withoutCoach
    /// Column of coaches.
    case coachHeading
    /// No coach free, in a table cell.
    case noCoachFree
    /// Column of ambassadors' reasons.
    case reasonHeading
    /// Heads the groups the departments really join.
    case groupDiscoveryHeading
    /// What group discovery lists: {share} (“30%”).
    case groupDiscoveryCriteria
    /// Groups worth adding to a department's list.
    case considerRecommending
    /// Recommended groups nobody joined.
    case reconsiderGroups
    /// Groups joined in several departments.
    case sharedGroups
    /// A department whose list needs no change.
    case nothingToChange
    /// Title of the second heat map.
    case groupDiscoveryMapTitle
    /// Caption of the second heat map.
    case groupDiscoveryMapCaption
    /// Legend of outlined cells: {share}.
    case legendConsider
    /// Legend of cells of a listed group.
    case legendListed
    /// Marks the second heat map.
    case secondMap
    /// Heads the training focus.
    case trainingHeading
    /// What the training focus lists.
    case trainingCriteria
    /// Column of rule categories.
    case categoryHeading
    /// Column of shares.
    case shareHeading
    /// Column of points to gain.
    case gainHeading
    /// The completeness category: “completeness”
    case categoryCompleteness
    /// The quality category: “quality”
    case categoryQuality
    /// The organisation category: “organisation”
    case categoryOrganisation
    /// The category column of `rules`: “CATEGORY”
    case columnCategory
    /// The category label of `explain`: “Category:”
    case explainCategory
    /// One category's score: “{category} {score}/100”
    case categoryScore
    /// A category of which nothing could be checked: “{category} not checked”
    case categoryNotChecked
    /// Heads the scores per category: “Scores per category”
    case categoriesHeading
    /// Before the average scores per category in text: “Average per category:”
    case categoriesColon
    /// A department's example text quoted after a suggestion: “Example from {organisation} for {department}: “{example}””
    case departmentExample

    // `profilelint serve`: the employee page, the HR dashboard and the password command.
    /// “Check your LinkedIn profile”
    case serverTitle
    /// “Upload the PDF from LinkedIn's “Save to PDF”, your LinkedIn data export (ZIP) or a JSON Resume file, and see what to improve, best gain first.”
    case serverIntro
    /// “Your file is read in memory and forgotten as soon as the answer is sent: nothing of it is stored or logged, unless you choose to share your profile card with HR.”
    case serverPrivacy
    /// “Your profile file”
    case serverChooseFile
    /// “or drop it on this box”
    case serverDropHint
    /// “Check my profile”
    case serverCheckButton
    /// “Check another file”
    case serverAnotherFile
    /// “This file could not be read:”
    case serverCouldNotRead
    /// “Choose a file first.”
    case serverNoFile
    /// “The file is larger than the limit of {limit}.”
    case serverTooLarge
    /// “This file holds {count} profiles; upload one profile at a time.”
    case serverOneProfile
    /// “This form has expired; reload the page and try again.”
    case serverFormExpired
    /// “Too many requests from your address; try again in a minute.”
    case serverTooManyRequests
    /// “This page does not exist.”
    case serverNotFound
    /// “What to fix”
    case serverFindings
    /// “What this file cannot tell”
    case serverUnknownHeading
    /// “Language”
    case serverLanguage
    /// “HR dashboard”
    case serverHRTitle
    /// “HR password”
    case serverHRPassword
    /// “Log in”
    case serverHRLogin
    /// “Log out”
    case serverHRLogout
    /// “Wrong password.”
    case serverHRWrongPassword
    /// “No HR password is set yet: run `profilelint serve --set-hr-password` on the server.”
    case serverHRNoPassword
    /// “New HR password (at least {minimum} characters): ”
    case serverPasswordPrompt
    /// “the password must have at least {minimum} characters”
    case serverPasswordTooShort
    /// “HR password saved (salted scrypt hash) in {path}”
    case serverPasswordSaved
    /// “profilelint serve: open http://{host}:{port}/ (employees) and http://{host}:{port}/hr (HR); Ctrl-C stops”
    case serverListening
    /// “Share my profile card with HR”
    case serverShareHeading
    /// “HR then receives only your card: the scores, counts and lengths the rules read, your headline, how you spell the employer, your groups and your connections as counts per company. No other text, no contact data, no names of connections. You can withdraw it at any time.”
    case serverShareExplain
    /// “Your employee id or work e-mail”
    case serverShareIdentity
    /// “Your profile card is shared with HR. Keep this link: it withdraws the card.”
    case serverShared
    /// “Withdraw my card”
    case serverWithdrawButton
    /// “Withdraw your profile card? HR will no longer see it.”
    case serverWithdrawConfirm
    /// “Your profile card is withdrawn and deleted.”
    case serverWithdrawn
    /// “This link withdraws no card (any more).”
    case serverWithdrawUnknown
    /// “The roster knows no employee with this id or e-mail.”
    case serverUnknownEmployee
    /// “This card was not made by this server; check your file again.”
    case serverCardTampered
    /// “{shared} of {total} employees have shared their card.”
    case serverCardsShared
    /// “Download CSV”
    case serverDownloadCSV
    /// “Download JSON”
    case serverDownloadJSON
}
