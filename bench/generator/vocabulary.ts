const words = (text: string): string[] => text.trim().split(/\s+/u);

/** Words that paper titles are drawn from. */
export const TITLE_WORDS: readonly string[] = words(`
  learning deep neural networks graph graphs efficient scalable robust adaptive distributed parallel optimal
  approximate fast online stochastic probabilistic bayesian inference estimation model models modeling analysis
  algorithms algorithm for of the and in with on via towards using under from a an data large-scale sparse dense
  low-rank convex nonconvex optimization methods method framework approach system systems architecture design
  control reinforcement supervised unsupervised semi-supervised self-supervised representation representations
  embedding embeddings clustering classification regression detection segmentation recognition tracking retrieval
  search ranking recommendation query queries database databases index indexing storage memory cache compression
  streaming streams time series temporal spatial spatio-temporal dynamic dynamics static verification synthesis
  testing programs program languages semantics types type compilers compiler runtime concurrency consistency
  consensus fault-tolerant secure security privacy differential attacks adversarial defense cryptographic protocols
  protocol wireless sensor mobile edge cloud networks network routing scheduling allocation resource energy power
  hardware circuits FPGA GPU accelerators quantum molecular protein genome genomic biological medical clinical
  imaging image images video vision visual 3D point clouds scene language text speech dialogue translation
  question answering summarization generation generative transformer transformers attention convolutional recurrent
  kernel kernels Gaussian processes Markov chains random walks sampling Monte Carlo variational causal
  counterfactual fairness interpretability explainable uncertainty calibration benchmark benchmarks dataset study
  evaluation empirical theoretical bounds lower upper complexity hardness approximation games equilibria auctions
  mechanism social influence community communities discovery mining patterns frequent knowledge reasoning logic
  planning agents multi-agent robots robotic manipulation navigation localization mapping simulation physics
  fluid materials climate weather financial economic markets healthcare education human-computer interaction
  users user crowdsourcing collaborative federated decentralized blockchain peer-to-peer software engineering
  code repair bugs vulnerabilities static-analysis symbolic execution fuzzing revisited beyond rethinking toward
  understanding improving characterizing measuring exploiting leveraging unified general principled practical
`);

const FIELDS = words(`
  Machine-Learning Artificial-Intelligence Computer-Vision Data-Engineering Databases Information-Retrieval
  Natural-Language-Processing Robotics Software-Engineering Programming-Languages Computer-Networks Security
  Cryptography Distributed-Computing Parallel-Processing Computer-Architecture Embedded-Systems Algorithms
  Theoretical-Computer-Science Computational-Geometry Bioinformatics Computational-Biology Medical-Imaging
  Signal-Processing Speech-Processing Multimedia Computer-Graphics Visualization Human-Computer-Interaction
  Knowledge-Discovery Web-Science Social-Computing Operations-Research Optimization Control-Systems Quantum-Computing
  High-Performance-Computing Cloud-Computing Mobile-Computing Wireless-Communications Sensor-Networks
  Formal-Methods Logic-in-Computer-Science Automated-Reasoning Computational-Linguistics Pattern-Recognition
  Neural-Computation Evolutionary-Computation Information-Theory Computer-Education Digital-Libraries
  Semantic-Web Recommender-Systems Autonomous-Agents Computational-Economics Scientific-Computing
`).map((field) => field.replaceAll('-', ' '));

/** About three hundred venues: journals, conferences, symposia and workshops over the fields. */
export const VENUES: readonly string[] = FIELDS.flatMap((field) => [
  `Journal of ${field}`,
  `International Conference on ${field}`,
  `Transactions on ${field}`,
  `Symposium on ${field}`,
  `Workshop on ${field}`,
]);
