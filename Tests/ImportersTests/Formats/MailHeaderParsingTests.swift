import Foundation
import Testing

@testable import Importers

/// The header helpers of the mbox reader: RFC 5322 dates, RFC 2047 encoded words, address lists.
@Suite struct MailHeaderParsingTests {
  // Expected instants computed by hand from the stated zone (and checked with Python's
  // `email.utils.parsedate_to_datetime`).
  @Test(arguments: [
    ("Fri, 22 May 2015 06:38:22 -0500", 1_432_294_702.0),
    ("Fri, 22 May 2015 06:38:22 -0500 (CDT)", 1_432_294_702),
    ("22 May 2015 11:38:22 GMT", 1_432_294_702),
    ("Fri,  22 May 15 07:38:22 EDT", 1_432_294_702),
    ("Fri, 22 May 2015 11:38 +0000", 1_432_294_680),
    ("Fri May 22 11:38:22 2015", 1_432_294_702),
    ("Fri, 22 May 2015 13:38:22 +0200", 1_432_294_702),
    ("Fri, 22 May 115 11:38:22 UT", 1_432_294_702),
    ("Thu, 31 Dec 1998 23:59:60 +0000", 915_148_799),
    ("2015 May 22 11:38:22", 1_432_294_702),
    ("Fri, 22 may 2015 12:38:22 +0100 (BST), extra words", 1_432_294_702),
  ])
  func rfc5322Dates(text: String, seconds: Double) {
    #expect(MailDate.parse(text) == Date(timeIntervalSince1970: seconds))
  }

  @Test(arguments: ["", "yesterday", "Fri, 31 Feb 2015 10:00:00 +0000", "Fri, 22 May 2015 25:00:00 +0000", "22 May",
                          "Fri, 22 May 2015 11:38:22:01 +0000", "Fri, 22 May 2015 11::22 +0000", "22 May 11:38"])
  func invalidDates(text: String) {
    #expect(MailDate.parse(text) == nil)
  }

  @Test func encodedWords() {
    #expect(MailEncodedWords.decode("=?UTF-8?B?R8OhYm9y?= =?UTF-8?Q?_Cs=C3=A1rdi?=").text == "Gábor Csárdi")
    #expect(MailEncodedWords.decode("Re: =?utf-8?q?caf=C3=A9?= ok").text == "Re: café ok")
    #expect(MailEncodedWords.decode("=?UTF-8*en?Q?a_b?=").text == "a b")
    #expect(MailEncodedWords.decode("=?cp1252?Q?=80?=").text == "€")
    #expect(MailEncodedWords.decode("=?UTF-8?Q?broken=ZZ?=") == ("=?UTF-8?Q?broken=ZZ?=", "utf-8"))
    #expect(MailEncodedWords.decode("=?gb18030?B?1tC5+g==?=") == ("=?gb18030?B?1tC5+g==?=", "gb18030"))
    #expect(MailEncodedWords.decode("no =? word here").text == "no =? word here")
  }

  @Test func addressLists() {
    let parsed = MailAddresses.mailboxes(
      "\"Doe, Jane\" <Jane@X.org>, bob@y.org (Bob (B) Smith), team: c@z.org, d@z.org;, <e@z.org>, nobody")
    #expect(parsed.map(\.address) == ["jane@x.org", "bob@y.org", "c@z.org", "d@z.org", "e@z.org"])
    #expect(parsed.map(\.name) == ["Doe, Jane", "Bob (B) Smith", nil, nil, nil])
  }

  /// Bare one-word items (the usual `To`/`Cc`) read like the general path: trimmed, lower-cased, no name, and
  /// no mailbox without an `@`; several words or a `<`, quote or comment go the general way.
  @Test func bareAddresses() {
    let parsed = MailAddresses.mailboxes(" Ann@X.ORG ,\tb.c@y.org,Ünï@Z.org, plain, joe at y.org, x@y.org) , >z@y")
    #expect(parsed.map(\.address) == ["ann@x.org", "b.c@y.org", "ünï@z.org", "joe@y.org", "x@y.org)", ">z@y"])
    #expect(parsed.allSatisfy { $0.name == nil && $0.undecodedCharset == nil })
  }

  @Test func messageIDs() {
    #expect(MailMessageIDs.first(" <a@x> <b@x>") == "a@x")
    #expect(MailMessageIDs.last("<a@x>\n\t<b@x>") == "b@x")
    #expect(MailMessageIDs.first("<>") == nil)
    #expect(MailMessageIDs.first("bare-id") == "bare-id")
  }
}
