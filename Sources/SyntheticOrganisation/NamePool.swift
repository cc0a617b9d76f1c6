/// Invented name parts for synthetic people: ASCII only, so e-mail local parts are the lowercased name.
///
/// Choices: 96 first names × 96 last names give 9,216 combinations, enough for the 5,000-person limit;
/// a clash after a few draws falls back to a numbered e-mail (`ada.obi2@example.com`).
enum NamePool {
  static let firstNames: [String] = [
    "Ada", "Amir", "Ana", "Anders", "Aisha", "Bea", "Bilal", "Bruno", "Carla", "Chen", "Chidi", "Clara",
    "Dana", "Daniel", "Dev", "Diego", "Elena", "Emeka", "Emil", "Erin", "Farah", "Felix", "Fiona", "Gabriel",
    "Greta", "Hana", "Hugo", "Ines", "Ivan", "Jade", "Jamal", "Jana", "Jonas", "Julia", "Kai", "Karin",
    "Kenji", "Kofi", "Lara", "Leo", "Lina", "Luca", "Maja", "Malik", "Marta", "Mateo", "Maya", "Milan",
    "Mira", "Nadia", "Nico", "Nina", "Noah", "Omar", "Olga", "Oscar", "Paula", "Pedro", "Priya", "Quinn",
    "Rafael", "Rana", "Remy", "Rosa", "Ruth", "Sam", "Sara", "Selin", "Soren", "Sofia", "Tariq", "Tess",
    "Theo", "Tomas", "Uma", "Vera", "Victor", "Wen", "Xavier", "Yara", "Yusuf", "Zara", "Zoe", "Alba",
    "Boris", "Cyrus", "Delia", "Ezra", "Flora", "Gideon", "Helga", "Idris", "Joy", "Kira", "Lotte", "Mads",
  ]

  static let lastNames: [String] = [
    "Abara", "Adler", "Alves", "Amato", "Bakker", "Banda", "Berg", "Bianchi", "Boateng", "Brandt", "Castro",
    "Chandra", "Costa", "Dahl", "Diallo", "Dimitrov", "Duarte", "Eriksen", "Esposito", "Falk", "Ferreira",
    "Fischer", "Garcia", "Gomez", "Haddad", "Hansen", "Horvat", "Ibrahim", "Ito", "Jansen", "Jovanovic",
    "Kahn", "Kaur", "Keller", "Kim", "Koval", "Kumar", "Larsen", "Laine", "Lopez", "Mahler", "Mendes",
    "Meyer", "Moreau", "Mwangi", "Nakamura", "Navarro", "Nguyen", "Nilsen", "Novak", "Obi", "Okafor",
    "Olsen", "Ortiz", "Park", "Patel", "Peretz", "Petrov", "Quist", "Rahman", "Reyes", "Rossi", "Sato",
    "Schmidt", "Silva", "Singh", "Sousa", "Suzuki", "Tanaka", "Torres", "Varga", "Vidal", "Vogel", "Wagner",
    "Wang", "Weber", "Wolff", "Xu", "Yamada", "Yilmaz", "Young", "Zhang", "Zimmer", "Zorn", "Acosta",
    "Blom", "Cruz", "Dumont", "Engel", "Frost", "Greco", "Holm", "Iqbal", "Juarez", "Lund", "Marsh",
  ]
}
