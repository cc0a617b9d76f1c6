extension TitleRules {
  /// The built-in rules file for English and Dutch titles, as `crosstalk title-rules` prints it.
  ///
  /// Ranks: 0 executive (chief, CEO, president, founder, managing director, directeur, bestuurder), 1 director
  /// (vice president, director, head, hoofd, general manager), 2 manager (manager, lead, supervisor,
  /// teamleider, leidinggevende), 3 staff (every other title). Choices, each a line of the file:
  /// - placeholders (`NA`, `n/a`, `-`, `unknown`, `onbekend`) give no level rather than staff;
  /// - assistants are staff whatever they assist ("Assistant to the CEO", "Assistant Manager");
  /// - "vice president" and "chief of staff" are directors, written before the executive rule whose
  ///   "president" and "chief" they contain; a VP who is also CFO is therefore a director (first match wins);
  /// - "managing director" and "executive director" head a company (UK, Dutch and investment-bank usage) and
  ///   are executives, while "deputy", "associate" or "adjunct" directors are directors;
  /// - a Dutch "directeur" alone is an executive, a compound ("regiodirecteur") a director;
  /// - "general manager" heads a unit: a director, not a manager;
  /// - "owner" and "partner" are left out ("product owner", "business partner" are not executives).
  public static let builtInText = """
    # Crosstalk title rules: a person's level from their job title (English and Dutch).
    #
    # One rule per line:  RANK NAME: PATTERN
    #   RANK     the level rank, 0 for the top, or - for "no level" (a placeholder title)
    #   NAME     the level's name; every rule of one rank gives the same name, and the names
    #            act as level bands unless --level-bands says otherwise
    #   PATTERN  a regular expression searched anywhere in the title, ignoring case:
    #            \\b is a word boundary, (a|b) either, \\w* any letters (compounds: salesmanager)
    # The first rule that matches wins, so a phrase that contains another level's word comes
    # first: "vice president" before "president", "managing director" before "director".
    # Lines starting with # are comments; a title no rule matches has no level.
    # Copy this file, edit it and pass it with --title-rules FILE.

    # Placeholders that say nothing about the person: no level.
    - none: ^\\W*(na|n/a|none|unknown|tbd|onbekend)?\\W*$

    # Assistants and trainees, whoever they assist.
    3 staff: \\b(\\w*assist[ae]nte?|\\w*secretaresse|stagiair|intern|trainee)\\b

    # Phrases that contain a word of another level.
    1 director: \\b(vice[- ]?president|vp|svp|evp|chief of staff|general manager)\\b
    1 director: \\b(deputy|associate|adjunct|plaatsvervangend)[- ]?(director|directeur)\\b

    0 executive: \\b(managing director|executive director|algemeen directeur|directeur[- ]bestuurder)\\b
    0 executive: \\b(chief|ceo|cfo|coo|cto|cio|ciso|cmo|cpo|cro|cdo|president|founder|co-?founder)\\b
    0 executive: \\b(chairman|chairwoman|chairperson|oprichter|medeoprichter|directeur|bestuurder)\\b
    0 executive: \\b(bestuurslid|bestuursvoorzitter)\\b

    1 director: \\b(director|\\w+directeur|head|hoofd|\\w+hoofd)\\b

    2 manager: \\b(\\w*manager|mgr|lead|teamlead|leader|supervisor|leidinggevende|voorman)\\b
    2 manager: \\b(team|project|afdelings|bedrijfs|groeps|ploeg|vestigings)?leider\\b

    # Every other title.
    3 staff: .

    """

  /// The built-in rules, parsed from `builtInText`.
  ///
  /// The text is a constant that a test parses, so a failure here is a programming error, not bad input.
  public static let builtIn: TitleRules = {
    do {
      return try TitleRules(parsing: builtInText, origin: "built-in")
    } catch {
      preconditionFailure("the built-in title rules do not parse: \(error)")
    }
  }()
}
