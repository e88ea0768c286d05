/// One category's average over a workforce or department.
public struct CategoryAverage: Sendable, Equatable {
    /// Mean category score of the assessable profiles that have one, one decimal; `nil` when none has.
    public var averageScore: Double?
    /// Assessable profiles with a score in the category (the denominator).
    public var scored: Int

    /// Creates an average.
    public init(averageScore: Double?, scored: Int) {
        self.averageScore = averageScore
        self.scored = scored
    }
}

/// The average score per ``RuleCategory`` of a workforce or a department.
public typealias CategoryAverages = PerCategory<CategoryAverage>

extension PerCategory where Value == CategoryAverage {
    /// No profile scored.
    public init() {
        let none = CategoryAverage(averageScore: nil, scored: 0)
        self.init(completeness: none, quality: none, organisation: none)
    }
}

/// Sums of category scores, kept by the aggregator: six counters, no allocation per employee.
struct CategoryTally: Sendable {
    private var sums = (0, 0, 0)
    private var counts = (0, 0, 0)

    /// Adds the category scores of one assessable profile.
    mutating func add(_ scores: CategoryScores) {
        if let score = scores.completeness.score { sums.0 += score; counts.0 += 1 }
        if let score = scores.quality.score { sums.1 += score; counts.1 += 1 }
        if let score = scores.organisation.score { sums.2 += score; counts.2 += 1 }
    }

    mutating func merge(_ other: CategoryTally) {
        sums.0 += other.sums.0
        sums.1 += other.sums.1
        sums.2 += other.sums.2
        counts.0 += other.counts.0
        counts.1 += other.counts.1
        counts.2 += other.counts.2
    }

    /// The averages, one decimal, as the workforce's other averages.
    var averages: CategoryAverages {
        var averages = CategoryAverages()
        averages.completeness = CategoryAverage(averageScore: WorkforceAggregator.average(sums.0, counts.0), scored: counts.0)
        averages.quality = CategoryAverage(averageScore: WorkforceAggregator.average(sums.1, counts.1), scored: counts.1)
        averages.organisation = CategoryAverage(averageScore: WorkforceAggregator.average(sums.2, counts.2), scored: counts.2)
        return averages
    }
}
