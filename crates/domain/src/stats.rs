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
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
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
}
