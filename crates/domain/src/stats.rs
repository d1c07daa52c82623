//! The two summaries the rules share: the mean and the median of a runner's numbers.

/// The arithmetic mean, `None` for no values.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The median (the mean of the middle two for an even count), `None` for no values.
pub(crate) fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    // The middle value in place rather than a sort: what is below it is unordered, and its
    // largest is the other middle value of an even count.
    let (mid, even) = (values.len() / 2, values.len().is_multiple_of(2));
    let (below, &mut middle, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    Some(match below.iter().copied().max_by(f64::total_cmp) {
        Some(lower) if even => (lower + middle) / 2.0,
        _ => middle,
    })
}

/// [`median`] of scores 0–10 given as counts (`counts[s]` values equal to `s`): the same
/// answer without sorting, for medians taken again on every day of a long history.
pub(crate) fn median_of_counts(counts: &[usize; 11]) -> Option<f64> {
    let n: usize = counts.iter().sum();
    if n == 0 {
        return None;
    }
    // The `k`th smallest value, counting from 0.
    let nth = |k: usize| {
        let mut seen = 0;
        for (score, count) in counts.iter().enumerate() {
            seen += count;
            if seen > k {
                return score as f64;
            }
        }
        10.0
    };
    let mid = n / 2;
    Some(if n.is_multiple_of(2) { (nth(mid - 1) + nth(mid)) / 2.0 } else { nth(mid) })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_median_of_counts_is_the_median() {
        // Every multiset of up to 4 scores drawn from a few values, and some longer ones.
        let samples: Vec<Vec<u8>> = vec![
            vec![],
            vec![7],
            vec![3, 9],
            vec![0, 10, 10],
            vec![5, 5, 6, 2],
            vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0],
            (0..1001).map(|i| (i * 7 % 11) as u8).collect(),
        ];
        for values in samples {
            let mut counts = [0usize; 11];
            for v in &values {
                counts[usize::from(*v)] += 1;
            }
            let floats = values.iter().map(|v| f64::from(*v)).collect();
            assert_eq!(super::median_of_counts(&counts), super::median(floats), "{values:?}");
        }
    }

    use super::*;

    #[test]
    fn mean_and_median() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn the_median_is_the_middle_of_the_sorted_values() {
        let sorted_median = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            let mid = v.len() / 2;
            if v.len().is_multiple_of(2) { (v[mid - 1] + v[mid]) / 2.0 } else { v[mid] }
        };
        let mut state = 7u64;
        for n in 1..200 {
            let values: Vec<f64> = (0..n)
                .map(|_| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Few distinct values, so that ties and both zeros are common.
                    [-0.0, 0.0, 1.5, 85.0, 85.5, 170.0, -3.25][(state >> 33) as usize % 7]
                })
                .collect();
            let expected = sorted_median(values.clone());
            assert_eq!(
                median(values.clone()).map(f64::to_bits),
                Some(expected.to_bits()),
                "{values:?}"
            );
        }
    }
}
