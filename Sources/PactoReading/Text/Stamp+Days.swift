import PactoModel

extension Stamp {
    /// Days since 1 January of year 1 (proleptic Gregorian): for comparing
    /// two stamps a day apart across months and years.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day
    }
}
