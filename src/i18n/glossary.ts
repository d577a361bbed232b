/**
 * The Chinese edition's terms: one Chinese word per English term, used the same way in every chapter.
 * At its first use in a chapter's text a term is written 中文（English）, after that as the Chinese term
 * alone; `avoid` lists the near-synonyms a translator might reach for instead (test/unit/i18n-glossary.test.ts).
 */
export interface GlossaryEntry {
  readonly zh: string;
  readonly en: string;
  /** Other Chinese renderings of the same term that the edition does not use. */
  readonly avoid?: readonly string[];
}

export const glossary: readonly GlossaryEntry[] = [
  { zh: '小批量梯度下降', en: 'mini-batch gradient descent', avoid: ['迷你批', '小批次梯度下降'] },
  { zh: '小批量', en: 'mini-batch', avoid: ['迷你批', '小批次'] },
  { zh: '梯度下降', en: 'gradient descent', avoid: ['梯度递降'] },
  { zh: '指数加权平均', en: 'exponentially weighted average', avoid: ['指数移动平均', '指数滑动平均'] },
  { zh: '偏差修正', en: 'bias correction', avoid: ['偏差校正', '偏置修正', '偏差纠正'] },
  { zh: '动量', en: 'momentum', avoid: ['冲量'] },
  { zh: '学习率衰减', en: 'learning-rate decay', avoid: ['学习速率衰减'] },
  { zh: '学习率', en: 'learning rate', avoid: ['学习速率'] },
  { zh: '超参数', en: 'hyperparameter', avoid: ['超参'] },
  { zh: '批归一化', en: 'batch normalization', avoid: ['批量归一化', '批标准化', '批规范化'] },
  { zh: '鞍点', en: 'saddle point' },
  { zh: '平稳段', en: 'plateau', avoid: ['高原', '平台期'] },
  { zh: '局部最优', en: 'local optimum' },
  { zh: '优化器', en: 'optimizer' },
  { zh: '滑动窗口', en: 'moving window', avoid: ['移动窗口'] },
  { zh: '线性插值', en: 'linear interpolation' },
  { zh: '经验法则', en: 'rule of thumb', avoid: ['拇指法则'] },
  { zh: '代价函数', en: 'cost function', avoid: ['成本函数'] },
  { zh: '自动微分', en: 'automatic differentiation' },
  { zh: '隐藏单元', en: 'hidden unit' },
  { zh: '网格搜索', en: 'grid search' },
  { zh: '随机搜索', en: 'random search' },
  { zh: '对数尺度', en: 'log scale' },
  { zh: '正则化', en: 'regularization' },
  { zh: '开发集', en: 'dev set', avoid: ['验证集'] },
  { zh: '协变量偏移', en: 'covariate shift', avoid: ['协变量漂移', '协变量移位'] },
  { zh: '内部协变量偏移', en: 'internal covariate shift' },
  { zh: '随机失活', en: 'dropout' },
  { zh: '滑动平均', en: 'running average' },
  { zh: '逻辑回归', en: 'logistic regression', avoid: ['对数几率回归', 'Logistic 回归'] },
  { zh: 'softmax 回归', en: 'softmax regression', avoid: ['Softmax回归', 'softmax回归'] },
  { zh: '决策区域', en: 'decision region', avoid: ['决策域'] },
  { zh: '独热', en: 'one-hot', avoid: ['one-hot 编码', '一位有效编码'] },
  { zh: '交叉熵', en: 'cross-entropy' },
  { zh: '最大似然', en: 'maximum likelihood', avoid: ['极大似然'] },
  { zh: '混淆矩阵', en: 'confusion matrix' },
  { zh: '计算图', en: 'computation graph' },
  { zh: '链式法则', en: 'chain rule' },
  { zh: '梯度检验', en: 'gradient check', avoid: ['梯度检查'] },
  // Chapter 5: local optima, saddle points and plateaus
  { zh: '黑塞矩阵', en: 'Hessian', avoid: ['海森矩阵', '海塞矩阵', '海瑟矩阵'] },
  { zh: '正定', en: 'positive definite' },
  // Chapter 3 (momentum, RMSprop, Adam): Adam's two averages, in the statistician's sense of "moment".
  { zh: '一阶矩', en: 'first moment' },
  { zh: '二阶矩', en: 'second moment' },
  // Chapter 1 (mini-batch gradient descent): the two ends of the batch size, beside 小批量梯度下降.
  { zh: '批量梯度下降', en: 'batch gradient descent' },
  { zh: '随机梯度下降', en: 'stochastic gradient descent' },
];
