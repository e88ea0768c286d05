/// The commented starter `.profilelint.yml` that `profilelint init` writes.
public enum StarterConfiguration {
    /// The file's text; it parses without warnings (tested).
    public static let text = """
    # profilelint configuration: https://github.com/profilelint/profilelint#organisation-configuration
    # profilelint looks for this file in the current folder and its parents; --config FILE overrides.

    # Your organisation. Employees "name the employer" when their current position says the name or an
    # alias; case, punctuation and legal forms (B.V., N.V., Inc., Ltd, GmbH …) are ignored.
    organisation:
      name: Example Organisation
      aliases: [Example, Example Org]
      page: https://www.linkedin.com/company/example-organisation

    # Language of messages and reports: en, nl or fr (--lang overrides). Left out, it follows LANG
    # (nl_NL.UTF-8 gives Dutch, fr_BE.UTF-8 French) and is English otherwise; set it only to make every
    # run use one language.
    # language: nl

    # Departments and the LinkedIn groups recommended to each. The groups-joined rule passes when an
    # employee is in at least one recommended group of their department (from the roster or profile).
    departments:
      Engineering:
        groups: [Example Engineers Network]
      Sales:
        groups: [Example Sales Professionals]

    # Companies the organisation wants to reach. The batch report shows, for each, how many of the
    # workforce's connections work there and which departments reach it (none is a white spot).
    key_accounts:
      - Example Customer
      - name: Another Customer
        aliases: [Another Customer Europe]

    # Rule overrides by id: off, on, a severity (error, warning, info) or {severity, weight, enabled}.
    rules:
      # industry: off
      # headline: {severity: warning, weight: 12}

    # Folders with more rules (one YAML file per rule); a rule with a built-in id replaces it.
    # extra_rules: [profilelint-rules]

    # Input limits (defaults shown).
    # limits:
    #   max_file_size: 256MB
    #   max_uncompressed_size: 512MB
    #   max_depth: 256
    #   max_record_size: 16MB

    """
}
